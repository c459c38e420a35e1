"""The fictional example case's own words in French (`tally report --example --lang fr`).

Only the free text the fictional evaluator wrote changes: the scores, dates, sources and
structure are those of `example`, so the French and English examples describe the same case.
"""

from __future__ import annotations

from typing import Any

EVALUATOR = ("Dre Alex Exemple", "Ph. D., psychologue judiciaire (fictif)",
             "Service d'expertise judiciaire Exemple (fictif)")
AMENDED_REASON = ("rapport de l'analyste sur le matériel saisi reçu : environ 70 % du matériel "
                  "représente des garçons")
DERIVED = "Déduit par Tally à partir des faits du dossier."

# item id -> rationale, for the items of `example.ANSWERS`
RATIONALES = {
    "cport": {
        "prior_criminal_history": "Aucune condamnation avant l'infraction de référence.",
        "conditional_release_failure": "Jamais soumis à des conditions dans la collectivité.",
        "contact_sexual_offending": "Aucune infraction avec contact connue; aucune divulguée.",
        "boy_content_csem": "Rapport de l'analyste : environ 70 % du matériel représente des "
                            "garçons.",
        "boy_content_other": "Les autres images d'enfants montraient surtout des filles.",
    },
    "casic": {
        "never_married": "Jamais marié.",
        "csem_videos": "Vidéos présentes dans le matériel saisi.",
        "csem_stories": "Aucun récit écrit trouvé.",
        "csem_interest_2_years": "Les dates de la collection s'étendent sur quatre ans.",
        "volunteered_child_access": "Aucun rôle de ce type.",
        "online_sexual_communication": "Aucun échange écrit avec des personnes mineures.",
    },
    "stable2007": {
        "significant_social_influences": "Peu de contacts soutenants; un pair négatif.",
        "capacity_for_relationship_stability": "N'a jamais vécu avec une partenaire.",
        "emotional_identification_with_children": "Dit qu'il est plus facile de parler aux "
                                                  "enfants; coté comme une certaine "
                                                  "préoccupation.",
        "hostility_toward_women": "Aucun indice.",
        "general_social_rejection": "Fait état de solitude depuis sa perte d'emploi.",
        "lack_of_concern_for_others": "Se soucie de sa famille.",
        "impulsive_acts": "Routines stables.",
        "poor_problem_solving": "Évite les problèmes plutôt que de les résoudre.",
        "negative_emotionality": "Humeur basse, rumination.",
        "sex_drive_preoccupation": "Plusieurs heures par jour en ligne à l'époque.",
        "sex_as_coping": "Consommait de la pornographie quand il se sentait déprimé.",
        "deviant_sexual_preference": "Consommation soutenue de MESE; aucun aveu de préférence.",
        "cooperation_with_supervision": "Se présente à tous ses rendez-vous.",
    },
    "acute2007": {
        "victim_access": "Aucun contact avec des enfants au travail ou à la maison.",
        "hostility": "Calme, collaborant.",
        "sexual_preoccupation": "Fait état de pulsions fréquentes ce mois-ci.",
        "rejection_of_supervision": "Respecte ses conditions.",
        "emotional_collapse": "Aucune crise.",
        "collapse_of_social_supports": "Son frère a déménagé le mois dernier.",
        "substance_abuse": "Aucune consommation déclarée ni observée.",
    },
    "static99r": {
        "never_lived_with_partner": "N'a jamais vécu deux ans avec une partenaire.",
        "index_nonsexual_violence": "Aucune.",
        "prior_nonsexual_violence": "Aucune.",
        "prior_sex_offences": "Aucune accusation ni condamnation antérieure.",
        "prior_sentencing_dates": "Une date de détermination de la peine (référence).",
        "noncontact_sex_offences": "Condamnation de référence liée au MESE.",
        "unrelated_victims": "Aucune victime identifiable.",
        "stranger_victims": "Aucune victime identifiable.",
        "male_victims": "Aucune victime identifiable.",
    },
    "rm2000s": {
        "sexual_appearances": "Une comparution pour infraction sexuelle (référence).",
        "criminal_appearances": "Une comparution pour infraction criminelle.",
        "male_victim": "Non coté d'après des images (règles MESE de 2017).",
        "stranger_victim": "Non coté d'après des images (règles MESE de 2017).",
        "single": "N'a jamais vécu deux ans avec une partenaire.",
        "noncontact_offence": "Aucune infraction sexuelle hors ligne.",
    },
}

CONTEXT: dict[str, Any] = {
    "referral_question": "Fictif : quel est son risque de récidive sexuelle, et quels besoins "
                         "de traitement et de surveillance les conditions de mise en liberté "
                         "devraient-elles viser?",
    "jurisdiction": "Ontario, Canada (fictif)",
    "requested_by": "Commission des libérations conditionnelles, bureau régional (fictif)",
    "notification": "Informé par écrit et en personne le {date} de qui demandait le rapport, "
                    "de son but, de qui le lirait et de son caractère non confidentiel; il a "
                    "accepté d'y participer.",
    "records": ("Sommaire de l'affaire par la police", "Vérification du casier judiciaire",
                "Rapport de l'analyste en informatique judiciaire",
                "Dossier institutionnel et rapports de programmes"),
    "analyst_detail": "reçu après la première cotation du CPORT",
    "interviews": ("Entrevue clinique", "Entrevue de suivi"),
    "collateral": ("Agent de libération conditionnelle", "Frère"),
    "phone": "téléphone",
    "responsivity": "Répond mieux à un matériel structuré et écrit et à de courtes séances; "
                    "le travail par quarts limite les heures de rendez-vous (fictif).",
    "combined_level": "Exemple fictif de l'énoncé de l'évaluateur : le niveau combiné serait "
                      "inscrit ici tel que lu à la main dans le tableau officiel RM2000/S × "
                      "STABLE-2007; aucun tableau réel n'a été lu pour cet exemple",
    "combined_level_source": "Brankley et al. (2017), cité par SAARNA (Tally ne détient pas "
                             "le tableau lui-même)",
    "departure_opinion": "Considère que le tableau aigu doit être revu dans les deux semaines, "
                         "plus tôt que la recotation mensuelle.",
    "departure_reason": "Son frère, son principal soutien, a déménagé le mois dernier, au "
                        "moment même des pulsions rapportées.",
    "training": {"cport": "Atelier de cotation du CPORT, 2024 (fictif)",
                 "rm2000s": "Cours de cotation de la RM2000, 2022 (fictif)",
                 "stable2007": "Formation SAARNA STABLE-2007 et ACUTE-2007, 2023 (fictif)",
                 "acute2007": "Formation SAARNA STABLE-2007 et ACUTE-2007, 2023 (fictif)"},
}
