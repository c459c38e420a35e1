"""The instrument model: what a validated form file becomes.

Every class is frozen: a loaded form is a value that can be shared between threads and
compared, and nothing downstream can change an instrument by accident.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum
from functools import cached_property
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from tally.core.norms import NormsTable


class Evidence(StrEnum):
    """How sure we are of a number: see forms/README.md."""

    SEED = "seed"  # stated in the research talk behind Tally
    PUBLISHED = "published"  # seen in a cited paper, manual or official form
    UNCONFIRMED = "unconfirmed"  # standard practice, not yet checked against a primary source

    @property
    def rank(self) -> int:
        """Higher is weaker: the evidence of a combination is its weakest part."""
        return {"published": 0, "seed": 1, "unconfirmed": 2}[self.value]

    @staticmethod
    def weakest(*levels: Evidence) -> Evidence:
        return max(levels, key=lambda e: e.rank)


class SourceKind(StrEnum):
    """What kind of document a citation is: a court weighs a manual and a blog differently."""

    MANUAL = "manual"  # coding manual, scoring guide, workbook or form issued by the developers
    OFFICIAL_CODE = "official_code"  # scoring code published by the developers or their agency
    PEER_REVIEWED = "peer_reviewed"  # a peer-reviewed paper, read in its full text
    ABSTRACT_ONLY = "abstract_only"  # a paper of which only the abstract was read
    SECONDARY = "secondary"  # a description by others: encyclopedia, instrument web page, thesis
    TALK = "talk"  # a conference or invited talk (slides)
    THIRD_PARTY = "third_party"  # a blog, vendor page or other unreviewed third-party text

    @property
    def weak(self) -> bool:
        """A talk or a third-party text alone is not enough to rest a number on in court."""
        return self in (SourceKind.TALK, SourceKind.THIRD_PARTY)

    @property
    def label(self) -> str:
        return _KIND_LABELS[self.value]


_KIND_LABELS = {
    "manual": "manual",
    "official_code": "official code",
    "peer_reviewed": "peer-reviewed",
    "abstract_only": "abstract only",
    "secondary": "secondary",
    "talk": "talk",
    "third_party": "third-party",
}


@dataclass(frozen=True)
class Confirmation:
    """A number checked locally against the manual by a named reviewer (a signed review file).

    Core only carries it: verifying the review's signature happens outside core."""

    reviewer: str
    manual: str
    edition: str
    page: str
    date: str  # ISO date of the review
    corrected_from: str = ""  # the form's own value when the reviewer corrected it

    def text(self, lang: str = "en") -> str:
        page = f", p. {self.page}" if self.page else ""
        if lang == "fr":
            verb = "corrigé" if self.corrected_from else "confirmé"
            return (f"{verb} localement par {self.reviewer} d'après {self.manual}, "
                    f"{self.edition}{page} ({self.date})")
        verb = "corrected" if self.corrected_from else "confirmed"
        return (f"{verb} locally by {self.reviewer} against {self.manual}, "
                f"{self.edition}{page} ({self.date})")


@dataclass(frozen=True)
class Provenance:
    """Where a number comes from: citation key(s) of the form and an evidence level.

    `kinds` holds the kind of each source, `source` first then `also`; `local` is set when a
    verified local review confirmed or corrected the number."""

    source: str
    evidence: Evidence
    note: str = ""
    kinds: tuple[SourceKind, ...] = ()
    also: tuple[str, ...] = ()
    local: Confirmation | None = None

    @property
    def sources(self) -> tuple[str, ...]:
        return (self.source, *self.also)

    @property
    def weak_only(self) -> bool:
        """Supported only by talk or third-party sources (and not confirmed locally)."""
        return self.local is None and bool(self.kinds) and all(k.weak for k in self.kinds)

    @property
    def kind_text(self) -> str:
        """The kinds of its sources in words, e.g. 'talk' or 'secondary + manual'."""
        seen: list[str] = []
        for kind in self.kinds:
            if kind.label not in seen:
                seen.append(kind.label)
        return " + ".join(seen)


@dataclass(frozen=True)
class Option:
    """One allowed score of an item, as printed on the coding form."""

    points: int
    label: str


@dataclass(frozen=True)
class AgeBand:
    """Completed years from `min` to `max` (inclusive; max None = no upper end) give `points`."""

    min: int
    max: int | None
    points: int

    def contains(self, years: int) -> bool:
        return years >= self.min and (self.max is None or years <= self.max)


@dataclass(frozen=True)
class CountTable:
    """A count fact to points: each step is (lowest value, points), lowest first."""

    fact: str
    steps: tuple[tuple[int, int], ...]

    def points_for(self, value: float) -> int:
        return next(points for low, points in reversed(self.steps) if value >= low)


@dataclass(frozen=True)
class Derivation:
    """How an item can be filled from case facts; `rule` names a function in core.derive."""

    rule: str
    provenance: Provenance
    explanation: str
    birth: str = ""  # age_band: the fact holding the date of birth
    at: str = ""  # age_band: the fact holding the reference date
    bands: tuple[AgeBand, ...] = ()
    fact: str = ""  # at_least: the counted fact
    threshold: int = 0
    points_if_met: int = 0
    points_otherwise: int = 0
    tables: tuple[CountTable, ...] = ()  # count_table: the higher of these tables' points

    @property
    def optional(self) -> bool:
        """Count tables are a convenience: without the counts the item is simply entered."""
        return self.rule == "count_table"


@dataclass(frozen=True)
class Context:
    """A research finding shown beside an item or an instrument (text, with its provenance)."""

    label: str
    value: str
    provenance: Provenance


@dataclass(frozen=True)
class ScoredWhen:
    """An item scored only in some cases: it is scored unless the case facts say that none of
    `any_of` (yes/no facts) is true. Not scored, it leaves every total and has no band."""

    any_of: tuple[str, ...]
    explanation: str  # why it is not scored, and what follows (shown on screen and in reports)
    provenance: Provenance

    def applies(self, facts) -> bool:
        """False only when every listed fact is known and false: unknown facts keep it scored."""
        return not all(facts.get(name) is False for name in self.any_of)


@dataclass(frozen=True)
class Item:
    id: str
    number: str
    name: str
    prompt: str
    guidance: str
    options: tuple[Option, ...]
    provenance: Provenance
    derive: Derivation | None = None
    context: tuple[Context, ...] = ()
    scored_when: ScoredWhen | None = None

    @cached_property
    def allowed(self) -> frozenset[int]:
        return frozenset(o.points for o in self.options)

    @property
    def min_points(self) -> int:
        return min(o.points for o in self.options)

    @property
    def max_points(self) -> int:
        return max(o.points for o in self.options)

    def label_for(self, points: int) -> str:
        for option in self.options:
            if option.points == points:
                return option.label
        raise KeyError(points)


@dataclass(frozen=True)
class Band:
    id: str
    label: str
    min: int
    max: int
    provenance: Provenance
    description: str = ""

    def contains(self, total: int) -> bool:
        return self.min <= total <= self.max


@dataclass(frozen=True)
class Scale:
    id: str
    name: str
    items: tuple[str, ...]
    bands: tuple[Band, ...]
    min_total: int
    max_total: int
    bands_note: str = ""  # shown where a scale has no bands (e.g. CPORT: none published)
    provenance: Provenance | None = None  # evidence for the scale's make-up, where in doubt

    def band_for(self, total: int) -> Band | None:
        for band in self.bands:
            if band.contains(total):
                return band
        return None


@dataclass(frozen=True)
class RaiseStep:
    """RM2000/S step two: this many aggravating factors or more raise the category `levels`."""

    min_factors: int
    levels: int
    provenance: Provenance


@dataclass(frozen=True)
class Rule:
    """A named scoring step that plain sums cannot express; implemented in core.rules."""

    name: str
    base_scale: str
    factor_scale: str
    steps: tuple[RaiseStep, ...]
    cap_provenance: Provenance
    explanation: str


@dataclass(frozen=True)
class Condition:
    """One test of a first-match tier: the item's value is at least `min`."""

    item: str
    min: int


@dataclass(frozen=True)
class Tier:
    """A rule of a first-match hierarchy (OSP/IIC): when every condition holds, this band and
    probability; no conditions = the final "otherwise". `note` is said beside the result."""

    when: tuple[Condition, ...]
    band: Band
    probability: float
    provenance: Provenance
    note: str = ""


@dataclass(frozen=True)
class Probability:
    """How a form turns its answers into a probability; `rule` names a function in core.rules.

    logistic: 1 / (1 + e^-(intercept + slope x total)), `zero_total` when the total is 0.
    first_match: the first tier whose conditions hold gives band and probability (no total).
    `note` is the caveat shown wherever the probability appears (e.g. no follow-up period)."""

    rule: str
    note: str
    provenance: Provenance | None = None
    intercept: float = 0.0
    slope: float = 0.0
    zero_total: float | None = None
    tiers: tuple[Tier, ...] = ()

    @property
    def has_total(self) -> bool:
        return self.rule != "first_match"


@dataclass(frozen=True)
class Reduction:
    """A band lowered after time without offending (OSP/DC); `rule` names it in core.rules.

    Every date in `dates` that is given must lie at least `years` full years before `at`;
    `required` dates must be given; a true `blocked_by` flag prevents it."""

    rule: str
    years: int
    levels: int
    at: str
    dates: tuple[str, ...]
    required: tuple[str, ...]
    blocked_by: str
    explanation: str
    provenance: Provenance


@dataclass(frozen=True)
class Check:
    """An applicability check: `rule` names a function in core.checks; message is form text."""

    rule: str
    message: str
    at: str = ""
    limit: int = 0
    provenance: Provenance | None = None
    facts: tuple[str, ...] = ()  # counts_all_zero, counts_exceed: the counts looked at
    of: str = ""  # counts_exceed: the count their sum may not exceed
    withhold_band: str = ""  # a reason id: when the check fires, no level may be shown


@dataclass(frozen=True)
class CheckCondition:
    """One condition of a consistency check: a case fact, an item of this form, or an item of
    another form (`form`), compared with `value` by `op` (is, at_least, at_most)."""

    op: str
    value: Any
    fact: str = ""
    item: str = ""
    form: str = ""


@dataclass(frozen=True)
class Consistency:
    """A consistency check (core.consistency): when every condition holds, `message` shows on
    `item` of this form; severity warning (likely an error) or info (the rules differ)."""

    id: str
    item: str
    severity: str
    message: str
    when: tuple[CheckCondition, ...]


@dataclass(frozen=True)
class Population:
    text: str
    min_age: int | None
    min_age_provenance: Provenance | None


@dataclass(frozen=True)
class Applicability:
    """What the instrument is for, and the talk's defensibility verdict for CSEM cases."""

    summary: str
    csem_verdict: str
    notes: tuple[str, ...] = ()
    pairs_with: tuple[str, ...] = ()


@dataclass(frozen=True)
class Rescore:
    """How often a dynamic rating should be made again, with its source: a report flags a
    rating older than `days` and gives the date it is due."""

    days: int
    limit: str  # the age in words, e.g. "30 days"
    advice: str  # e.g. "at least every 30 days"
    provenance: Provenance


@dataclass(frozen=True)
class Reporting:
    """What a report says because this instrument is in it: data, never a form id in code."""

    rescore: Rescore | None = None
    acts_now: bool = False  # items rated 1 or more need action now, not only treatment
    norms_not_csem: bool = False  # its recidivism estimates were not built on CSEM samples
    us_caution: bool = False  # a source advises against it for CSEM-exclusive men in the US
    csem_only_partner: str = ""  # for a CSEM-only man it combines only with this instrument


@dataclass(frozen=True)
class Feeds:
    """A companion that scores an item of another form through one case fact (CASIC feeds
    CPORT item 5 through `casic_total`), and only when the evaluator records `gate` as true:
    an assessment of this form, linked to one of `form`, gives that fact its total."""

    form: str
    item: str
    fact: str
    gate: str  # the statement the evaluator records (the talk's rule), in the form's words


@dataclass(frozen=True)
class Form:
    id: str
    name: str
    version: str
    kind: str  # static, dynamic or companion
    summary: str
    manual: str
    citations: dict[str, str]
    population: Population
    applicability: Applicability
    items: tuple[Item, ...]
    scales: tuple[Scale, ...]
    primary_scale: str
    checks: tuple[Check, ...] = ()
    consistency: tuple[Consistency, ...] = ()
    rule: Rule | None = None
    research: tuple[Context, ...] = ()
    citation_kinds: dict[str, SourceKind] = field(default_factory=dict)
    norms: tuple[NormsTable, ...] = ()  # per-score norms (core.norms); none ship unread
    probability: Probability | None = None
    reduction: Reduction | None = None
    reporting: Reporting = field(default_factory=Reporting)
    feeds: Feeds | None = None  # a companion's link to the item it scores (CASIC -> CPORT 5)
    path: str = ""
    content_hash: str = ""  # SHA-256 of the form file: stored with every assessment
    # The bytes it was read from (the form file, then each translation by language): what a
    # database keeps at lock, so an old record is shown and reported with its own version.
    source: bytes = field(default=b"", compare=False, repr=False)
    translations: tuple[tuple[str, bytes], ...] = field(default=(), compare=False, repr=False)
    kept: bool = False  # read from a database's kept copy, not from an installed file
    languages: tuple[str, ...] = ("en",)  # the languages the form has all its text in
    lang: str = "en"  # the language of this copy's text (English where the form has no other)
    _index: dict[str, Item] = field(default_factory=dict, compare=False, repr=False)

    def __post_init__(self) -> None:
        self._index.update({item.id: item for item in self.items})

    def item(self, item_id: str) -> Item:
        return self._index[item_id]

    @property
    def items_by_id(self) -> dict[str, Item]:
        return self._index

    def has_item(self, item_id: str) -> bool:
        return item_id in self._index

    def scale(self, scale_id: str) -> Scale:
        return next(s for s in self.scales if s.id == scale_id)

    @property
    def has_total(self) -> bool:
        """False for a first-match hierarchy (OSP/IIC): its summed points mean nothing."""
        return self.probability is None or self.probability.has_total

    @property
    def primary(self) -> Scale:
        return self.scale(self.primary_scale)

    @property
    def item_ids(self) -> tuple[str, ...]:
        return tuple(item.id for item in self.items)
