"""Every fixed text of a report in French (Canada), under the same names as `labels`.

`tally.reports.language.L` reads a name here when the report language is French and from
`labels` otherwise; a test checks that every text name of `labels` has its French here, with
the same {placeholders}. Non-text settings (profiles, form ids, intervals in days) are not
repeated: they come from `labels`.
"""

from __future__ import annotations

import re

from tally.core import messages
from tally.core.model import Evidence

NB = "\u00a0"  # a non-breaking space before a colon, as Québec typography wants

TYPOLOGY = {
    "csem_only": "MESE seulement, une occasion",
    "csem_stable": "MESE seulement, répété (MESE → MESE)",
    "mixed_deescalation": "mixte, désescalade (contact → MESE)",
    "mixed_escalation": "mixte, escalade (MESE → contact)",
    "mixed_concurrent": "mixte, contact et MESE en même temps",
}
FACTS = {
    "followup_start_date": "début du suivi",
    "most_recent_sexual_offence_date": "date de l'infraction sexuelle la plus récente",
    "last_sexual_sanction_date": "date de l'infraction sexuelle la plus récente",
    "most_recent_offence_date": "date de l'infraction la plus récente",
    "in_custody": "en détention",
    "stranger_victim_current": "victime inconnue dans l'infraction actuelle",
    "contact_adult_sexual_sanction_count": ("nombre de sanctions sexuelles avec contact contre "
                                            "des adultes"),
    "contact_child_sexual_sanction_count": ("nombre de sanctions sexuelles avec contact contre "
                                            "des enfants"),
    "noncontact_sexual_offence_count": "nombre d'infractions sexuelles sans contact",
    "indecent_image_sanction_count": "nombre de sanctions pour images indécentes",
    "sanction_count_all_offences": "nombre de sanctions, toutes infractions",
    "victim_13_or_younger": "une victime de 13 ans ou moins",
    "date_of_birth": "date de naissance",
    "release_date": "date de mise en liberté",
    "index_investigation_date": "date de l'enquête de référence",
    "assessment_date": "date de l'évaluation",
    "casic_total": "total CASIC",
    "csem_only": "antécédents de MESE seulement",
    "csem_production": "production de MESE",
    "contact_sexual_offence": "infraction sexuelle avec contact",
    "prior_sex_charge_count": "nombre d'accusations sexuelles antérieures",
    "prior_sex_conviction_count": "nombre de condamnations sexuelles antérieures",
    "prior_sentencing_date_count": "nombre de dates de détermination de la peine antérieures",
    "sexual_appearance_count": "nombre de comparutions pour infraction sexuelle",
    "criminal_appearance_count": "nombre de comparutions pour infraction criminelle",
    "boy_content_csem_percent": "proportion de garçons dans le MESE (%)",
    "boy_content_other_percent": "proportion de garçons dans l'autre matériel d'enfants (%)",
}
SOURCES = {
    "file_review": "examen du dossier",
    "criminal_record": "casier judiciaire",
    "police_reports": "rapports de police",
    "interview": "entrevue",
    "collateral": "contact collatéral",
    "supervision_notes": "notes de surveillance",
    "other": "autre",
}
STATUS = {
    "draft": "brouillon",
    "locked": "verrouillée",
    "signed": "signée",
    "amended": "remplacée par une modification",
}
ORIGIN = {"entered": "saisi", "derived": "déduit des faits du dossier", "missing": "manquant",
          "not_scored": "non coté pour ce dossier"}
NOT_SCORED = "non coté"
NOT_SCORED_CATEGORY = ("aucune catégorie : un item n'est pas coté pour ce dossier (voir "
                       "l'instrument)")
NORMS_LINE = "<b>Normes :</b> {text}"
LOCAL_POINTS = "<i>Points — {text}</i>"
LOCAL_WAS = "; le fichier du formulaire indique {value}"
LOCAL_DERIVATION = "<i>Déduction — {text}</i>"
NO_TOTAL_LINE = "{form} : aucun total (une hiérarchie où la première règle satisfaite l'emporte)"
NO_TOTAL = "aucun total"
CONSISTENCY_WARNING = "Vérification de cohérence, item {number} : {message}"
CONSISTENCY_INFO = "Note, item {number} (les règles des instruments diffèrent) : {message}"
NO_LEVEL = "Aucun niveau de risque : les critères de cotation ne sont pas remplis"
GLANCE_PROBABILITY = "probabilité {percent} (période de suivi non précisée)"
GLANCE_TIER_NOTE = "<b>lire la note dans la section {form}</b>"
PROBABILITY_LINE = "<b>Probabilité : {percent}</b> (fraction {fraction}). {note}"
TIER_LINE = ("Déterminé par la règle {number} sur {count} (la première règle satisfaite "
             "l'emporte) : {rule}. {description}")
TIER_NOTE = "<b>Note :</b> {note}"
FORMULA_LINE = "1 / (1 + e^-({intercept} + {slope} × total)), {zero} pour un total de 0"
TIER_AT_LEAST = "{item} : {min} ou plus"
TIER_AND = " et "
TIER_OTHERWISE = "sinon (aucune règle précédente ne s'appliquait)"
REDUCTION_WHY = {
    "lowest": "aucune réduction à partir du niveau le plus bas ({band})",
    "not_considered": "non examinée : il faut {facts}",
    "blocked": "aucune réduction : « {fact} » est oui",
    "too_recent": ("aucune réduction : {fact}, {years} année(s) complète(s) avant la {at}, "
                   "moins de {needed}"),
    "lowered": ("niveau abaissé de {from} à {to} : au moins {years} années complètes depuis : "
                "{facts}"),
}
REDUCTION_LINE = "Réduction du risque {verb} : {how}."
REDUCTION_APPLIED, REDUCTION_NOT_APPLIED = "appliquée", "non appliquée"
DOCX_COMMENT = ("Copie de travail non signée d'un rapport PDF signé par Tally; le SHA-256 des "
                "données intégrées au PDF est {hash}.")
EVIDENCE = {
    Evidence.PUBLISHED: "publié (vu dans un article ou un manuel cité)",
    Evidence.SEED: "énoncé dans la conférence de recherche sur laquelle repose Tally",
    Evidence.UNCONFIRMED: "non confirmé : pratique courante, pas encore vérifiée dans une "
                          "source primaire",
}
EVIDENCE_SHORT = {
    Evidence.PUBLISHED: "publié",
    Evidence.SEED: "conférence de recherche",
    Evidence.UNCONFIRMED: "non confirmé",
}
PROFILE_NAMES = {"court": "tribunal", "working": "copie de travail"}
CATEGORY_NOT_CONFIRMED = "catégorie non confirmée"

TITLE = "Sommaire d'évaluation du risque"
SUBTITLE = "{names} · produit par Tally à partir d'évaluations verrouillées"
EXAMPLE_BANNER = ("<b>EXEMPLE FICTIF.</b> Ce dossier, son évaluateur et le certificat de "
                  "signature sont inventés pour montrer à quoi ressemble un rapport Tally. Il "
                  "ne décrit aucune personne réelle.")
WATERMARK = "EXEMPLE FICTIF"
RUNNING_HEAD = "Tally · sommaire d'évaluation du risque"
CASE_WORD = "dossier"  # the PDF's title: "… · dossier EX-2041"

H_RESULTS = "Résultats en un coup d'œil"
H_AMENDMENTS = "Modifications depuis le premier verrouillage"
H_HISTORY = "Historique des modifications"
H_MACHINE = "Copie lisible par machine"
H_SIGNATURE = "Signature"

CASE_ROWS = {
    "case": "Dossier (identifiant pseudonyme)",
    "dob": "Date de naissance",
    "pattern": "Antécédents (typologie)",
    "evaluator": "Évaluateur",
    "dates": "Date(s) d'évaluation",
    "signature": "Signature",
    "profile": "Profil du rapport",
}
NOT_RECORDED = "non consigné"
PROFILE_TEXT = {
    "court": "tribunal : une catégorie dont les seuils ne sont pas confirmés n'est pas donnée, "
             "seulement « catégorie non confirmée »",
    "working": "copie de travail : les catégories dont les seuils ne sont pas confirmés sont "
               "présentées, marquées « non confirmé »",
}
SIGNED_LINE = ("Signé numériquement par <b>{name}</b> le {when}, heure indiquée par l'horloge "
               "de l'ordinateur du signataire (détails à la fin du rapport)")
NOT_SIGNED = "<b>Non signé numériquement</b>"

GLANCE_HEAD = ("Instrument", "Date", "Total", "Catégorie", "Éléments à l'appui des seuils")
EVIDENCE_NOTE = ("Chaque catégorie indique les éléments à l'appui de ses seuils : <i>publié</i>, "
                 "<i>conférence de recherche</i> (énoncé dans la conférence sur laquelle repose "
                 "Tally) ou <i>non confirmé</i> (pratique courante pas encore vérifiée dans une "
                 "source primaire). Un total est la somme des cotes d'items présentées dans la "
                 "section de chaque instrument.")
NO_BANDS = "aucune catégorie pour cet instrument"
INCOMPLETE = "incomplet : aucune catégorie"
EDITION = "édition de l'instrument {version}"
RECORD_VERSION = "version du dossier {version}"
AMENDED_MARK = "modifiée"
FINAL_CATEGORY = "Catégorie finale (après les facteurs aggravants) : {label}"
RAISED = "Les facteurs aggravants ont relevé la catégorie de {levels} niveau(x)."

INSTRUMENT_LINE = ("Édition de l'instrument (formulaire) {version} · évaluée le {date} · "
                   "version du dossier {record_version}, {status}{locked}")
FORM_HASH = "SHA-256 du fichier de formulaire <font name='Courier'>{hash}</font>"
FORM_KEPT = ("Cotée et imprimée avec le fichier de formulaire qui a servi à la cotation, "
             "conservé dans la base de données ; le fichier installé maintenant est un autre, "
             "ou il n'y en a aucun.")
FORM_CHANGED = ("<b>Le fichier de formulaire a changé depuis la cotation de cette "
                "évaluation</b> (empreinte d'alors : <font name='Courier'>{hash}…</font>). Les "
                "cotes ci-dessous ont été recalculées avec le formulaire installé maintenant, "
                "de même édition.")
TOTAL_LINE = "{scale} : {total}"
POSSIBLE = "de {low} à {high} possible"
TOTAL_POSSIBLE = "(de {low} à {high} possible)"
CATEGORY_LINE = "Catégorie : {label} · éléments à l'appui des seuils : {evidence}"
CATEGORY_UNCONFIRMED_WORKING = "{label} (seuils non confirmés)"
INCOMPLETE_LINE = ("<b>Aucune catégorie : l'évaluation est incomplète</b> (manquants : "
                   "{missing}). Le total ne compte que les items cotés.")
NO_CATEGORY_LINE = "Aucune catégorie. {note}"
UNCONFIRMED_NOTE = ("Les seuils qui placeraient ce total dans une catégorie relèvent de la "
                    "pratique courante, mais n'ont pas été vérifiés dans une source primaire; "
                    "par conséquent, {what}. Le total lui-même est la somme des cotes d'items "
                    "ci-dessous.")
UNCONFIRMED_COURT = "aucune catégorie n'est donnée dans ce rapport destiné au tribunal"
UNCONFIRMED_WORKING = "considérez la catégorie ci-dessus avec prudence"
SCALE_HEAD = ("Échelle", "Total", "Catégorie", "Éléments")
H_WARNINGS = "Avertissements et applicabilité"
NO_WARNINGS = "Aucun avertissement de cotation pour cette évaluation."
INTENDED = "<b>Destiné à :</b> {text}"
USE = "<b>Utilisation :</b> {text}"
CSEM = "<b>Dossiers de MESE :</b> {text}"
H_ITEMS = "Items"
H_COMPANION = "Item {number} coté d'après le {name} lié"
COMPANION_LINE = ("{name} évalué le {date}, version du dossier {version}, identifiant du "
                  "dossier {uid}, total {total} : ses items tels que verrouillés.")
COMPANION_LINE_SECTION = ("{name} évalué le {date}, version du dossier {version}, "
                          "identifiant du dossier {uid}, total {total} : ses items figurent "
                          "dans sa propre section de ce rapport.")
GATE_YES = "<b>Consigné par l'évaluateur :</b> {gate}."
GATE_NOT = ("<b>Non consigné :</b> {gate}. Le total du {name} n'a pas coté l'item {number}; "
            "il est présenté par souci d'exhaustivité.")
ITEM_HEAD = ("N°", "Item", "Cote", "Justification et sources", "Origine")
MISSING = "manquant"
SOURCES_LABEL = "<i>Sources d'information :</i> {sources}"
DERIVED_LABEL = "<i>Déduit :</i> {how}"
OVERRIDDEN_LABEL = "<i>Valeur déduite remplacée :</i> {reason}"
NOT_DERIVED_LABEL = "<i>Non déduit :</i> {how}"
H_RESEARCH = "Contexte de recherche"
H_CITED = "Sources citées par ce formulaire"
MANUAL = "Manuel de cotation : {manual}"
EVIDENCE_MARK = "éléments : {evidence}; source {source}"

HISTORY_HEAD = ("Instrument", "Version", "Statut", "Quand", "Motif")
HISTORY_NOTE = ("Chaque version conserve son propre dossier; une modification n'écrase jamais "
                "une version signée.")
ORIGINAL = "original"
SIGNED_IN_TALLY = "signée dans Tally"

AMENDED_LINE = ("<b>{name} a été modifiée</b> : version du dossier {version} du {date}, qui "
                "remplace la version {previous}. Motif : {reason}.")
CHANGE_LINE = "Item {number} {item} : {before}\u00a0→\u00a0{after}"
TOTAL_CHANGE = "Total {before}\u00a0→\u00a0{after}"
NO_ITEM_CHANGE = ("Aucune cote d'item n'a changé (la modification n'a touché que la "
                  "justification ou les sources).")
PREVIOUS_UNAVAILABLE = ("La version antérieure n'était pas disponible pour cette exportation; "
                        "les items modifiés ne sont donc pas énumérés, mais l'historique des "
                        "modifications ci-dessous la nomme.")

MACHINE_TEXT = ("Ce PDF contient les données de l'évaluation en pièce jointe (<b>{name}</b>). "
                "Son SHA-256 est :")
MACHINE_CHECK = ("Vérifiez hors ligne la signature, la couverture du fichier entier et cette "
                 "empreinte avec <b>tally verify FICHIER.pdf --trust CERT-SIGNATAIRE.pem</b>; "
                 "ajoutez <b>--db</b> pour savoir s'il existe une version plus récente.")
AUDIT_ANCHOR = ("Le journal d'audit de la base de données en était à l'entrée {entry} lorsque "
                "ce rapport a été produit (SHA-256 de l'entrée <font name='Courier'>{short}…"
                "</font>, joint sous le nom tally-audit-anchor.json); <b>tally audit verify "
                "--against FICHIER.pdf</b> montre si une entrée jusqu'à celle-ci a depuis été "
                "supprimée ou réécrite.")
UNSIGNED_BLOCK = ("<b>Cette copie n'est pas signée numériquement.</b> Elle n'a aucune "
                  "manifestation de signature et ne peut pas être vérifiée comme étant celle de "
                  "l'évaluateur.")
SIGNED_BY = "<b>Signé par :</b> {name}"
SIGNED_AT = ("<b>Date et heure :</b> {when} <font color='#5B6775'>(selon l'horloge de "
             "l'ordinateur du signataire; aucun horodatage de confiance)</font>")
MEANING = "<b>Signification :</b> {meaning}"
CERTIFICATE = "Certificat : {subject}"
FINGERPRINT = "Empreinte SHA-256 du certificat : {fingerprint}"
SIG_FIELD_SIGNED = "Signature numérique"
SIG_FIELD_UNSIGNED = "NON SIGNÉ NUMÉRIQUEMENT"
FOOTER = "SHA-256 des données {hash}…  ·  Tally {version}"
PAGE = "Page {number} de {total}"

CERT_FIELDS = {"CN": "nom", "O": "organisme", "OU": "unité", "C": "pays", "L": "localité",
               "ST": "province ou État", "E": "courriel", "emailAddress": "courriel"}

_FACT_TOKEN = re.compile(r"\b(" + "|".join(sorted(FACTS, key=len, reverse=True)) + r")\b")
_SNAKE = re.compile(r"\b[a-z0-9]+(?:_[a-z0-9]+)+\b")


# the scoring core's short explanations of a derived item (core.derive), in French
_DERIVED = (
    (re.compile(r"\bage (\d+) on (\d{4}-\d{2}-\d{2}) is below every band of this item"),
     r"\1 ans le \2 : sous toutes les tranches de cet item"),
    (re.compile(r"\bage (\d+) on (\d{4}-\d{2}-\d{2})"), r"\1 ans le \2"),
    (re.compile(r"^needs (.+)$"), lambda m: "exige " + m.group(1).replace(" and ", " et ")),
    (re.compile(r"^(.+) = yes$"), r"\1 = oui"),
    (re.compile(r"^(.+) = no$"), r"\1 = non"),
    (re.compile(r"^(.+) is below every band of this item$"),
     r"\1 : sous toutes les tranches de cet item"),
)

# the scoring core's own warnings (tally.core.messages), in French; {1}, {2}: their parts
_WARNINGS = {
    messages.NOT_DERIVED: "{1} n'a pas pu être déduit des faits du dossier : {2}.",
    messages.ENTERED_NOT_SCORED: ("{1} a été coté, mais ne s'applique pas à ce dossier; sa cote "
                                  "est exclue du total."),
    messages.REDUCTION_NEEDS: "Réduction du risque non examinée : exige {1}.",
    messages.UNKNOWN_FACT: "Fait inconnu « {1} » ignoré.",
    messages.DATE_ALIAS: "« {1} » a été lu comme « {2} », la date qu'utilise le code publié.",
}


def _derived(text: str) -> str:
    for pattern, replacement in _DERIVED:
        text = pattern.sub(replacement, text)
    return text


def human(text: object) -> str:
    """A form or scoring text with fact ids named as a French reader names them."""
    out = str(text)
    found = messages.parse(out)
    if found is not None:
        key, parts = found
        out = _WARNINGS[key].format("", *(_derived(part) for part in parts))
    else:
        out = _derived(out)
    from tally.reports.language import ISO_DATE, french_date

    out = ISO_DATE.sub(french_date, _FACT_TOKEN.sub(lambda m: FACTS[m.group(1)], out))
    return _SNAKE.sub(lambda m: m.group(0).replace("_", " "), out)


def typology(key: str) -> str:
    return TYPOLOGY.get(key, human(key)) if key else NOT_RECORDED


def source(key: str) -> str:
    return SOURCES.get(key, human(key))


def status(key: str) -> str:
    return STATUS.get(key, human(key))


def certificate_subject(rfc4514: str) -> str:
    """'CN=Dr A,O=Clinic' -> 'nom Dr A; organisme Clinic' (no attribute codes)."""
    parts = []
    for field in re.split(r"(?<!\\),", rfc4514):
        key, _, value = field.partition("=")
        if value:
            parts.append(f"{CERT_FIELDS.get(key.strip(), 'champ')} {value.replace(chr(92), '')}")
    return "; ".join(reversed(parts))


# ---------------------------------------------------------------- context and judgement
H_CONTEXT = "Demande et sources d'information"
CONTEXT_ROWS = {
    "referral_question": "Question de la demande",
    "requested_by": "Demandé par",
    "jurisdiction": "Juridiction",
    "notification": "Avis et consentement",
    "records": "Documents examinés",
    "interviews": "Entrevues",
    "collateral": "Contacts collatéraux",
    "training": "Formation de l'évaluateur",
}
CONTEXT_MISSING = "non consigné pour ce rapport"
TRAINING_MISSING = "{name} : non consigné"

H_PERIODS = "Périodes cotées et leur ancienneté"
PERIOD_HEAD = ("Instrument", "Période cotée", "Ancienneté de la cotation", "Recotation due",
               "Changement depuis la cotation précédente")
PERIOD_LINE = "du {start} au {end}"
PERIOD_MISSING = "non consignée; cotée le {date}"
AGE_LINE = "{days} jours à la {when}"
AT_SIGNING, AT_EXPORT = "signature", "exportation"
STALE = "<b>⚠ plus de {limit}</b> : {instrument} se recote {advice} ({evidence})"
NO_PREVIOUS = "aucune cotation antérieure dans cette base de données"
CHANGE_TOTAL = "total {before}\u00a0→\u00a0{after} (cotation du {date})"
CHANGE_NONE = "aucun item n'a changé depuis la cotation du {date} (total {total})"
RESCORE_NOTE = ("Les cotations dynamiques décrivent une période, non toute une vie. Fréquence "
                "de recotation : {advice}.")
RESCORE_ONE = "{instrument}, {advice}"
RESCORE_AND = "; "

H_INTEGRATION = "Intégration des résultats statiques et dynamiques"
INTEGRATION_HEAD = ("Résultats statiques (historiques)", "Résultats dynamiques (modifiables)")
INTEGRATION_NONE = "aucun dans ce rapport"
NO_COMBINED = ("<b>Tally ne donne aucun niveau combiné.</b> Les totaux de la STABLE-2007 n'ont "
               "pas de niveaux de risque normalisés propres (Hanson &amp; Thornton, SAARNA); un "
               "niveau global ne s'obtient qu'en les combinant avec un outil statique au moyen "
               "des tableaux de combinaison officiels, que Tally ne détient pas. La lecture "
               "conjointe des résultats statiques et dynamiques relève du jugement de "
               "l'évaluateur, énoncé ci-dessous.")
NO_STATIC_PARTNER = ("Ce rapport ne contient aucun outil statique qui se combine avec "
                     "{dynamic}; aucun niveau combiné ne peut donc être lu dans un tableau.")
CSEM_ONLY_PARTNER = ("Pour un homme dont la seule délinquance sexuelle est du MESE, "
                     "{dynamic} ne se combine qu'avec {partner} (SAARNA).")
EVALUATOR_COMBINED = ("<b>L'énoncé de l'évaluateur</b> (établi à la main, non calculé par "
                      "Tally) : {level}. Tableau utilisé : {source}.")
EVALUATOR_NO_COMBINED = "L'évaluateur n'a consigné aucun niveau combiné pour ce rapport."

H_NEEDS = "Besoins : cibles de traitement et de surveillance"
NEEDS_INTRO = ("Risque, besoins et réceptivité (Bonta &amp; Andrews, dans la conférence) : "
               "chaque item dynamique coté 1 ou plus est une cible de traitement ou de "
               "surveillance.")
NEEDS_HEAD = ("Instrument", "Item", "Cote", "Justification")
NEEDS_NONE = ("Aucun item dynamique n'est coté 1 ou plus (ou aucun instrument dynamique ne "
              "figure dans ce rapport).")
ACUTE_NOW = ("<b>Items aigus qui exigent une attention immédiate</b> (ils décrivent les "
             "semaines en cours) : {items}.")
ACUTE_NONE = "Aucun item aigu n'est coté 1 ou plus."
RESPONSIVITY = "<b>Réceptivité :</b> {text}"
RESPONSIVITY_MISSING = "non consignée"
INTENSITY_CSEM = ("<b>Intensité.</b> L'intensité du traitement doit correspondre au risque "
                  "(risque faible : peu ou pas de traitement). La conférence s'attend à ce "
                  "qu'environ la moitié aux deux tiers des hommes ayant des infractions liées au "
                  "MESE présentent un risque plus faible et met en garde contre une dose "
                  "excessive pour les hommes exclusivement MESE : un programme pour infractions "
                  "avec contact non adapté a été suivi de davantage de récidive dans une étude "
                  "appariée (Mews et al. 2017, dans la conférence).")
INTENSITY_GENERAL = ("<b>Intensité.</b> L'intensité du traitement doit correspondre au risque "
                     "(risque faible : peu ou pas de traitement; Bonta &amp; Andrews, dans la "
                     "conférence).")
H_DEPARTURES = "Écarts par rapport à la catégorie d'un instrument"
DEPARTURE = ("<b>{name} :</b> {opinion} <i>Motif donné par l'évaluateur :</i> {reason}")
NO_DEPARTURES = "L'évaluateur n'a consigné aucun écart par rapport à la catégorie d'un instrument."

H_LIMITS = "Portée et limites"
LIMITS = (
    "Les instruments estiment la récidive sexuelle <b>détectée</b> (nouvelles accusations ou "
    "condamnations consignées dans les documents officiels); la délinquance jamais détectée "
    "n'est pas comptée.",
    "Chaque estimation décrit un <b>groupe</b> d'hommes aux scores semblables, et non cet "
    "homme : elle dit à quelle fréquence ces hommes ont été détectés en récidive, non s'il "
    "récidivera.",
    "Les scores comportent une <b>erreur interjuges</b> : deux évaluateurs formés peuvent "
    "différer d'un point sur le même dossier, ce qui peut faire franchir un seuil à un total.",
    "L'heure de signature imprimée est celle de l'<b>horloge de l'ordinateur du "
    "signataire</b>; aucun service d'horodatage de confiance n'a été utilisé (Tally fonctionne "
    "hors ligne).",
)
LIMIT_NORMS = ("Les estimations de récidive de {names} n'ont pas été établies sur des "
               "échantillons MESE (tableaux de la conférence : génériques, non propres à la "
               "population MESE).")
LIMIT_UNCONFIRMED = ("Les seuils de {names} ne sont pas confirmés dans une source primaire; "
                     "leurs catégories sont retenues ou marquées en conséquence.")
LIMIT_BROWN = ("Brown (2024) a conclu que la recherche n'appuie pas, pour l'instant, "
               "l'utilisation du CPORT auprès des hommes exclusivement MESE aux États-Unis "
               "(aucun échantillon de validation américain); la juridiction de ce rapport est "
               "aux États-Unis.")
LIMIT_CSEM_TOOLS = ("La recherche sur les outils de risque pour les hommes ayant des infractions "
                    "liées au MESE est limitée; seuls le CPORT et la RM2000/S ont été validés "
                    "dans plus de deux études (Brown 2024, dans la conférence).")

DOCX_NOTICE = ("<b>Copie de travail non signée.</b> Ce document modifiable a été produit par "
               "Tally à partir du rapport PDF signé dont les données intégrées ont le SHA-256 "
               "{hash}. Il ne porte aucune signature : seul le PDF signé est le rapport attesté "
               "de l'évaluateur. Les modifications apportées ici n'en font pas partie.")
DOCX_SIGNATURE = ("La signature numérique se trouve dans le PDF signé seulement. Nom imprimé : "
                  "{name}; date et heure : {when} (horloge du signataire); signification : "
                  "{meaning}.")
DOCX_UNSIGNED = "Le PDF dont cette copie est tirée n'est pas signé numériquement."
TOTAL_OF = "{total} sur {max}"
LOCKED_AT = ", verrouillée le {when}"
RECORD_ID = " · identifiant du dossier {uid}"
COLON = NB + ":"
SIG_STAMP = "Signé numériquement par\n%(signer)s\n%(ts)s"

# Québec typography: a non-breaking space before a colon
for _name, _value in list(globals().items()):
    if _name.isupper() and isinstance(_value, str):
        globals()[_name] = _value.replace(" :", NB + ":")
