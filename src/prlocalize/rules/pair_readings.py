"""prlocalize.rules.pair_readings
~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~

The readings the translation rules compare every message pair by (figures, zones,
bounds, codes; a release's lead investors, its companies' legal forms, its persons'
ranks), gathered in one module that the rules import inside the functions that use them:
the catalog and rule modules they come from are heavy to import (a few hundred patterns
compiled), and `check` of releases alone never needs them.

Why one module: a function-level ``from module import name`` costs some microseconds
every time it runs, not only the first (Python looks up the module's ``__path__``, and
a plain module's lookup raises and clears an AttributeError), and build's gate ran some
thirty of them for every message pair, a fifth of PR404's time. Each function now runs
one.

A check that reads the source first records, in the msgid's memo, when the source alone
proves it silent, and the msgid's other catalogs skip it: a new check plugs in as
:mod:`prlocalize.catalog.source_readings` says, and joins tests/catalog/test_source_silence.py.
"""

from __future__ import annotations

from prlocalize.catalog.allergen_lists import (
    allergens_dropped,
)
from prlocalize.catalog.apparel import apparel_changes
from prlocalize.catalog.codes import (
    bracketed_codes_changed,
    code_range_turned,
    codes_changed,
    dois_changed,
)
from prlocalize.catalog.collaborations import collaborations_reversed
from prlocalize.catalog.common_era import (
    era_mark_changed,
)
from prlocalize.catalog.comparisons import (
    comparison_changes,
)
from prlocalize.catalog.compass import (
    compass_changes,
)
from prlocalize.catalog.count_nouns import count_nouns_changed
from prlocalize.catalog.country_counts import (
    country_figures_swapped,
    market_changed,
)
from prlocalize.catalog.days_off import closed_days_dropped, weekday_range_changed
from prlocalize.catalog.deadlines import (
    deadline_changes,
    starts_said_as_ends,
)
from prlocalize.catalog.dimensions import (
    sides_swapped,
)
from prlocalize.catalog.directions import (
    approximation_added,
    approximation_dropped,
    bound_flips,
    duration_unit_changes,
    flips,
    from_to_reversed,
    limit_dropped,
    negation_dropped,
    percent_as_points,
    points_as_percent,
    reversals,
    revision_flip,
    strictness_changes,
    tax_basis_against_the_list,
    tax_basis_dropped,
    tax_basis_flips,
)
from prlocalize.catalog.dividends import (
    dividend_changes,
)
from prlocalize.catalog.era_years import (
    restated_year_converted_wrong,
)
from prlocalize.catalog.fee_categories import (
    categories_swapped,
)
from prlocalize.catalog.figure_periods import periods_changed
from prlocalize.catalog.figure_scopes import (
    scopes_dropped,
    total_said_each,
    yearly_rate_added,
)
from prlocalize.catalog.figures import (
    added_time_wrong,
    converted_day_kept,
    differences,
    streak_changed,
    zone_changed,
    zone_dropped,
    zone_relabelled,
)
from prlocalize.catalog.floors import (
    floor_changed,
    ground_changed,
    scale_changed,
)
from prlocalize.catalog.free_of_charge import free_dropped, free_priced
from prlocalize.catalog.freephone import (
    domestic_number_made_international,
)
from prlocalize.catalog.hedges import failure_stated_certain, possibility_dropped
from prlocalize.catalog.hours import (
    afternoon_as_morning,
)
from prlocalize.catalog.lanes import lanes, lanes_changed, may_count_lanes
from prlocalize.catalog.latin_names import latin_names_misspelt
from prlocalize.catalog.listings import market_said_otherwise
from prlocalize.catalog.litigation import partial_decision_dropped
from prlocalize.catalog.match_scores import score_reversed
from prlocalize.catalog.milestones import (
    ends_swapped,
    law_dates_swapped,
)
from prlocalize.catalog.month_parts import (
    month_part_changes,
)
from prlocalize.catalog.multipliers import multiplier_as_percent
from prlocalize.catalog.nutrition_claims import claim_level_changed
from prlocalize.catalog.ordinal_counts import (
    ordinal_said_as_count,
)
from prlocalize.catalog.party_values import (
    Mention,
    party_changes,
    place_changed,
    values_swapped,
)
from prlocalize.catalog.percent_signs import (
    percents_dropped,
)
from prlocalize.catalog.period_ends import period_turned
from prlocalize.catalog.places_excepted import exception_reversed
from prlocalize.catalog.plans import plan_said_as_done
from prlocalize.catalog.premium_bases import (
    premium_base_changes,
)
from prlocalize.catalog.price_basis import (
    basis_changes,
)
from prlocalize.catalog.quake_scales import scale_confused
from prlocalize.catalog.range_parts import range_part_changes
from prlocalize.catalog.ranked_shares import (
    place_said_otherwise,
    shares_of_places_swapped,
)
from prlocalize.catalog.ratings import (
    grade_changes,
    rating_action_turned,
    rating_changes,
    rating_reversed,
)
from prlocalize.catalog.remedies import inspection_dropped
from prlocalize.catalog.routes import (
    may_list_a_rotation,
    may_say_a_route,
    rotation_reordered,
    routes_reversed,
)
from prlocalize.catalog.signs import (
    negatives_dropped,
)
from prlocalize.catalog.spec_labels import labels_swapped
from prlocalize.catalog.stock_limits import limited_offer_dropped, stock_limit_dropped
from prlocalize.catalog.streaks import streak_dropped, streak_turned
from prlocalize.catalog.survey_answers import multiple_answers_dropped
from prlocalize.catalog.target_years import (
    year_parts_swapped,
)
from prlocalize.catalog.tested_claims import tested_said_as_claim
from prlocalize.catalog.units import (
    signs_dropped,
    unit_changes,
)
from prlocalize.catalog.vehicle_sides import one_side_dropped
from prlocalize.catalog.weekdays import (
    calendar_slips,
    recurring_day_changes,
    weekday_changes,
)
from prlocalize.catalog.wrong_right import (
    wrong_right_swapped,
)
from prlocalize.number_style import (
    english_separators,
    joined_groups,
)
from prlocalize.rules.ja_ko_ranks import (
    rank_changes,
)
from prlocalize.rules.lead_investors import (
    lead_given_to_another,
)
from prlocalize.rules.legal_form_slips import (
    legal_form_slip,
)
from prlocalize.rules.name_slips import name_slip_index
from prlocalize.rules.signatories import office_given_to_another, witness_dropped
from prlocalize.rules.term_prices import prices_swapped
from prlocalize.rules.translated_glued_names import glued_korean_names

__all__ = [
    "Mention",
    "added_time_wrong",
    "afternoon_as_morning",
    "allergens_dropped",
    "apparel_changes",
    "approximation_added",
    "approximation_dropped",
    "basis_changes",
    "bound_flips",
    "bracketed_codes_changed",
    "calendar_slips",
    "categories_swapped",
    "claim_level_changed",
    "closed_days_dropped",
    "code_range_turned",
    "codes_changed",
    "collaborations_reversed",
    "comparison_changes",
    "compass_changes",
    "converted_day_kept",
    "count_nouns_changed",
    "country_figures_swapped",
    "deadline_changes",
    "differences",
    "dividend_changes",
    "dois_changed",
    "domestic_number_made_international",
    "duration_unit_changes",
    "ends_swapped",
    "english_separators",
    "era_mark_changed",
    "exception_reversed",
    "failure_stated_certain",
    "flips",
    "floor_changed",
    "free_dropped",
    "free_priced",
    "from_to_reversed",
    "glued_korean_names",
    "grade_changes",
    "ground_changed",
    "inspection_dropped",
    "joined_groups",
    "labels_swapped",
    "lanes",
    "lanes_changed",
    "latin_names_misspelt",
    "law_dates_swapped",
    "lead_given_to_another",
    "legal_form_slip",
    "limit_dropped",
    "limited_offer_dropped",
    "market_changed",
    "market_said_otherwise",
    "may_count_lanes",
    "may_list_a_rotation",
    "may_say_a_route",
    "month_part_changes",
    "multiple_answers_dropped",
    "multiplier_as_percent",
    "name_slip_index",
    "negation_dropped",
    "negatives_dropped",
    "office_given_to_another",
    "one_side_dropped",
    "ordinal_said_as_count",
    "partial_decision_dropped",
    "party_changes",
    "percent_as_points",
    "percents_dropped",
    "period_turned",
    "periods_changed",
    "place_changed",
    "place_said_otherwise",
    "plan_said_as_done",
    "points_as_percent",
    "possibility_dropped",
    "premium_base_changes",
    "prices_swapped",
    "range_part_changes",
    "rank_changes",
    "rating_action_turned",
    "rating_changes",
    "rating_reversed",
    "recurring_day_changes",
    "restated_year_converted_wrong",
    "reversals",
    "revision_flip",
    "rotation_reordered",
    "routes_reversed",
    "scale_changed",
    "scale_confused",
    "scopes_dropped",
    "score_reversed",
    "shares_of_places_swapped",
    "sides_swapped",
    "signs_dropped",
    "starts_said_as_ends",
    "stock_limit_dropped",
    "streak_changed",
    "streak_dropped",
    "streak_turned",
    "strictness_changes",
    "tax_basis_against_the_list",
    "tax_basis_dropped",
    "tax_basis_flips",
    "tested_said_as_claim",
    "total_said_each",
    "unit_changes",
    "values_swapped",
    "weekday_changes",
    "weekday_range_changed",
    "witness_dropped",
    "wrong_right_swapped",
    "year_parts_swapped",
    "yearly_rate_added",
    "zone_changed",
    "zone_dropped",
    "zone_relabelled",
]
