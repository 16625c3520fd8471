"""Rules: one class per kind of defect, one module per family, one registry."""
