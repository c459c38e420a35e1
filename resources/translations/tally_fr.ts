<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>AgreementChart</name>
    <message>
        <location filename="../../desktop/tally/ui/training/progress.py" line="38"/>
        <source>Agreement over time: %1</source>
        <translation>Concordance au fil du temps&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>AmendDialog</name>
    <message>
        <location filename="../../desktop/tally/ui/assessment/dialogs.py" line="171"/>
        <source>&amp;Take the profile&apos;s current facts</source>
        <translation>&amp;Prendre les faits actuels du profil</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/assessment/dialogs.py" line="178"/>
        <source>What the profile&apos;s facts would change</source>
        <translation>Ce que les faits du profil changeraient</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/assessment/dialogs.py" line="185"/>
        <source>The profile has changed since this version was locked. Taking its current facts would change:</source>
        <translation>Le profil a changé depuis le verrouillage de cette version. Prendre ses faits actuels changerait&#xa0;:</translation>
    </message>
</context>
<context>
    <name>Assessment</name>
    <message>
        <location filename="../../desktop/tally/ui/assessment/item_page.py" line="62"/>
        <source>File review</source>
        <translation>Examen du dossier</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/assessment/item_page.py" line="63"/>
        <source>Criminal record</source>
        <translation>Casier judiciaire</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/assessment/item_page.py" line="64"/>
        <source>Police reports</source>
        <translation>Rapports de police</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/assessment/item_page.py" line="65"/>
        <source>Interview</source>
        <translation>Entrevue</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/assessment/item_page.py" line="66"/>
        <source>Collateral</source>
        <translation>Sources collatérales</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/assessment/item_page.py" line="67"/>
        <source>Supervision notes</source>
        <translation>Notes de surveillance</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/assessment/item_page.py" line="68"/>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/assessment/navigator.py" line="35"/>
        <source>answered</source>
        <translation>coté</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/assessment/navigator.py" line="36"/>
        <source>derived</source>
        <translation>déduit</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/assessment/navigator.py" line="37"/>
        <source>overridden</source>
        <translation>remplacé</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/assessment/navigator.py" line="38"/>
        <source>missing</source>
        <translation>manquant</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/assessment/navigator.py" line="39"/>
        <source>not scored</source>
        <translation>non coté</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/assessment/text.py" line="138"/>
        <source>from the research talk</source>
        <translation>tiré de la conférence de recherche</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/assessment/text.py" line="139"/>
        <source>published</source>
        <translation>publié</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/assessment/text.py" line="140"/>
        <source>UNCONFIRMED: not yet checked against a primary source</source>
        <translation>NON CONFIRMÉ&#xa0;: pas encore vérifié dans une source primaire</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/assessment/text.py" line="165"/>
        <source>manual</source>
        <translation>manuel</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/assessment/text.py" line="166"/>
        <source>official code</source>
        <translation>code officiel</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/assessment/text.py" line="167"/>
        <source>peer-reviewed</source>
        <translation>révisé par les pairs</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/assessment/text.py" line="168"/>
        <source>abstract only</source>
        <translation>résumé seulement</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/assessment/text.py" line="169"/>
        <source>secondary</source>
        <translation>secondaire</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/assessment/text.py" line="170"/>
        <source>talk</source>
        <translation>conférence</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/assessment/text.py" line="171"/>
        <source>third-party</source>
        <translation>tiers</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/assessment/text.py" line="188"/>
        <source>talk or third-party source only</source>
        <translation>conférence ou source tierce seulement</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/assessment/text.py" line="200"/>
        <source>, p. %1</source>
        <translation>, p. %1</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/assessment/text.py" line="201"/>
        <source>corrected locally by %1 against %2, %3%4 (%5)</source>
        <translation>corrigé localement par %1 d&apos;après %2, %3%4 (%5)</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/assessment/text.py" line="203"/>
        <source>confirmed locally by %1 against %2, %3%4 (%5)</source>
        <translation>confirmé localement par %1 d&apos;après %2, %3%4 (%5)</translation>
    </message>
</context>
<context>
    <name>AssessmentStatus</name>
    <message>
        <location filename="../../desktop/tally/ui/case_summary.py" line="28"/>
        <source>Draft</source>
        <translation>Brouillon</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/case_summary.py" line="29"/>
        <source>Locked</source>
        <translation>Verrouillée</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/case_summary.py" line="30"/>
        <source>Signed</source>
        <translation>Signée</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/case_summary.py" line="31"/>
        <source>Superseded by an amendment</source>
        <translation>Remplacée par une modification</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/case_summary.py" line="32"/>
        <source>Void</source>
        <translation>Invalidée</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/case_summary.py" line="49"/>
        <source>Voided on %1 by %2: %3. Kept on record; never exported, not counted in the case&apos;s totals or trend.</source>
        <translation>Invalidée le %1 par %2&#xa0;: %3. Conservée au dossier&#xa0;; jamais exportée, exclue des totaux et de la tendance du dossier.</translation>
    </message>
</context>
<context>
    <name>AssessmentTable</name>
    <message>
        <location filename="../../desktop/tally/ui/case_profile.py" line="484"/>
        <source>Instrument</source>
        <translation>Instrument</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/case_profile.py" line="485"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/case_profile.py" line="486"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/case_profile.py" line="487"/>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/case_profile.py" line="488"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/case_profile.py" line="489"/>
        <source>Band</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/case_profile.py" line="495"/>
        <source>Assessments of this case</source>
        <translation>Évaluations de ce dossier</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/tally/ui/case_profile.py" line="514"/>
        <source>%1 so far (%n missing)</source>
        <translation>
            <numerusform>%1 jusqu&apos;ici (%n manquant)</numerusform>
            <numerusform>%1 jusqu&apos;ici (%n manquants)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/case_profile.py" line="516"/>
        <source>not yet</source>
        <translation>pas encore</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/case_profile.py" line="525"/>
        <source>Scored with a different version of this form file</source>
        <translation>Cotée avec une autre version de ce formulaire</translation>
    </message>
</context>
<context>
    <name>AssessmentView</name>
    <message>
        <location filename="../../desktop/tally/ui/assessment/view.py" line="87"/>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/assessment/view.py" line="93"/>
        <source>Void</source>
        <translation>Invalidée</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/assessment/view.py" line="95"/>
        <source>Close (Ctrl+W)</source>
        <translation>Fermer (Ctrl+W)</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/assessment/view.py" line="96"/>
        <source>Close the assessment</source>
        <translation>Fermer l&apos;évaluation</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/assessment/view.py" line="252"/>
        <source>Submit for feedback</source>
        <translation>Soumettre pour rétroaction</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/assessment/view.py" line="253"/>
        <source>Submit your scores? They cannot be changed afterwards.</source>
        <translation>Soumettre vos cotes? Elles ne pourront plus être modifiées ensuite.</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/assessment/view.py" line="254"/>
        <source>&amp;Submit</source>
        <translation>&amp;Soumettre</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/assessment/view.py" line="256"/>
        <source>Lock the assessment</source>
        <translation>Verrouiller l&apos;évaluation</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/assessment/view.py" line="258"/>
        <source>Lock version %1 of this %2? Nothing can change after locking; a correction needs an amendment with a reason, and the locked version stays on record.</source>
        <translation>Verrouiller la version %1 de cette évaluation %2? Plus rien ne peut changer après le verrouillage; une correction exige une modification motivée, et la version verrouillée reste au dossier.</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/assessment/view.py" line="261"/>
        <source>Result: %1</source>
        <translation>Résultat&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/assessment/view.py" line="263"/>
        <source>&amp;Lock</source>
        <translation>&amp;Verrouiller</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/assessment/view.py" line="265"/>
        <source>%1 item(s) are still missing.</source>
        <translation>Il manque encore %1 item(s).</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/assessment/view.py" line="272"/>
        <source>No rationale for item(s) %1.</source>
        <translation>Aucune justification pour le ou les items %1.</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/assessment/view.py" line="307"/>
        <source>Amend the assessment</source>
        <translation>Modifier l&apos;évaluation</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/assessment/view.py" line="312"/>
        <source>&amp;Amend</source>
        <translation>&amp;Modifier</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/assessment/view.py" line="346"/>
        <source>Void the assessment</source>
        <translation>Invalider l&apos;évaluation</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/assessment/view.py" line="348"/>
        <source>Void version %1 of this %2? Voiding is for an assessment scored in error (the wrong case, instrument or date). It stays on record and in the audit trail, read-only and struck through, but it is never exported and no longer counts in the case&apos;s totals or trend. A void cannot be undone; to correct a score, amend instead.</source>
        <translation>Invalider la version %1 de cette évaluation %2&#xa0;? L&apos;invalidation sert à une évaluation cotée par erreur (mauvais dossier, mauvais instrument ou mauvaise date). Elle reste au dossier et dans la piste d&apos;audit, en lecture seule et barrée, mais elle n&apos;est jamais exportée et ne compte plus dans les totaux ni dans la tendance du dossier. Une invalidation est définitive&#xa0;; pour corriger une cote, modifiez plutôt l&apos;évaluation.</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/assessment/view.py" line="354"/>
        <source>&amp;Void</source>
        <translation>In&amp;valider</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/assessment/view.py" line="391"/>
        <source>Feeds %1 item %2 of the assessment of %3 (version %4, %5).</source>
        <translation>Alimente l&apos;item %2 du %1 de l&apos;évaluation du %3 (version %4, %5).</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/assessment/view.py" line="414"/>
        <source>Not saved: %1</source>
        <translation>Non enregistré&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/assessment/view.py" line="422"/>
        <source>Total %1</source>
        <translation>Total %1</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/assessment/view.py" line="424"/>
        <source>No total (hierarchy)</source>
        <translation>Aucun total (hiérarchie)</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/assessment/view.py" line="426"/>
        <source>incomplete, %1 missing</source>
        <translation>incomplet, %1 manquant(s)</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/assessment/view.py" line="439"/>
        <source>no risk categories published</source>
        <translation>aucune catégorie de risque publiée</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/assessment/view.py" line="456"/>
        <source>the form file it was scored with, kept in the database (another is installed now)</source>
        <translation>le fichier de formulaire de la cotation, conservé dans la base de données (un autre est installé maintenant)</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/assessment/view.py" line="436"/>
        <location filename="../../desktop/tally/ui/assessment/view.py" line="443"/>
        <source>UNCONFIRMED band: cut-offs not yet checked against a primary source</source>
        <translation>Catégorie NON CONFIRMÉE&#xa0;: seuils pas encore vérifiés dans une source primaire</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/assessment/view.py" line="309"/>
        <source>Amending makes version %1 as a new draft with the same answers and the same case facts. The locked version stays unchanged. Say why it is amended.</source>
        <translation>La modification crée la version %1, une nouvelle ébauche avec les mêmes réponses et les mêmes faits du dossier. La version verrouillée reste inchangée. Indiquez le motif de la modification.</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/assessment/view.py" line="450"/>
        <source>%1 %2 · %3 · version %4 · %5</source>
        <translation>%1 %2 · %3 · version %4 · %5</translation>
    </message>
</context>
<context>
    <name>AuditModel</name>
    <message>
        <location filename="../../desktop/tally/ui/database_life.py" line="206"/>
        <source>No.</source>
        <translation>N°</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/database_life.py" line="206"/>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/database_life.py" line="206"/>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/database_life.py" line="206"/>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/database_life.py" line="207"/>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/database_life.py" line="237"/>
        <source>%1, deleted</source>
        <translation>%1, supprimé</translation>
    </message>
</context>
<context>
    <name>AuditTrailDialog</name>
    <message>
        <location filename="../../desktop/tally/ui/database_life.py" line="294"/>
        <source>Audit trail</source>
        <translation>Journal d&apos;audit</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/database_life.py" line="297"/>
        <source>Everything</source>
        <translation>Tout</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/database_life.py" line="297"/>
        <source>Cases</source>
        <translation>Dossiers</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/database_life.py" line="298"/>
        <source>Assessments</source>
        <translation>Évaluations</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/database_life.py" line="299"/>
        <source>Exports</source>
        <translation>Exportations</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/database_life.py" line="300"/>
        <source>Database</source>
        <translation>Base de données</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/database_life.py" line="301"/>
        <source>Evaluator</source>
        <translation>Évaluateur</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/database_life.py" line="305"/>
        <source>Filter: a case id, an action, a number…</source>
        <translation>Filtre&#xa0;: un numéro de dossier, une action, un nombre…</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/database_life.py" line="307"/>
        <source>&amp;Show:</source>
        <translation>&amp;Afficher&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/database_life.py" line="309"/>
        <source>&amp;Filter:</source>
        <translation>&amp;Filtrer&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/database_life.py" line="311"/>
        <source>&amp;Verify the chain</source>
        <translation>&amp;Vérifier la chaîne</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/database_life.py" line="335"/>
        <source>Select an entry to read what it changed.</source>
        <translation>Sélectionnez une entrée pour lire ce qu&apos;elle a changé.</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/database_life.py" line="366"/>
        <source>%1 of %2 entries</source>
        <translation>%1 entrées sur %2</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/database_life.py" line="377"/>
        <source>(nothing)</source>
        <translation>(rien)</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/database_life.py" line="381"/>
        <source>Entry %1, %2, by %3: %4</source>
        <translation>Entrée %1, %2, par %3&#xa0;: %4</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/database_life.py" line="385"/>
        <source>Hash: %1</source>
        <translation>Empreinte&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/database_life.py" line="387"/>
        <source>Before:</source>
        <translation>Avant&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/database_life.py" line="388"/>
        <source>After:</source>
        <translation>Après&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/database_life.py" line="392"/>
        <source>Verify the chain</source>
        <translation>Vérifier la chaîne</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/database_life.py" line="393"/>
        <source>Checking every audit entry&apos;s hash and the lifecycle rules…</source>
        <translation>Vérification de l&apos;empreinte de chaque entrée d&apos;audit et des règles du cycle de vie…</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/database_life.py" line="398"/>
        <source>The audit trail does NOT verify: %1</source>
        <translation>Le journal d&apos;audit NE se vérifie PAS&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/database_life.py" line="403"/>
        <source>The audit trail verifies: %1 entries chained by SHA-256, none cut or rewritten, and every lifecycle check holds.</source>
        <translation>Le journal d&apos;audit se vérifie&#xa0;: %1 entrées chaînées par SHA-256, aucune retranchée ni réécrite, et chaque contrôle du cycle de vie est respecté.</translation>
    </message>
</context>
<context>
    <name>CaseAuthoringDialog</name>
    <message>
        <location filename="../../desktop/tally/ui/training/authoring.py" line="68"/>
        <source>New sample case</source>
        <translation>Nouveau cas d&apos;exercice</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/training/authoring.py" line="90"/>
        <source>not given</source>
        <translation>non indiqué</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/training/authoring.py" line="93"/>
        <source>Vignette: &apos;## Heading&apos; starts a section</source>
        <translation>Vignette&#xa0;: « ## Titre » commence une section</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/training/authoring.py" line="99"/>
        <source>scoring date, optional</source>
        <translation>date de cotation, facultative</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/training/authoring.py" line="109"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/training/authoring.py" line="110"/>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/training/authoring.py" line="111"/>
        <source>One-line summary</source>
        <translation>Résumé en une ligne</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/training/authoring.py" line="112"/>
        <source>Difficulty</source>
        <translation>Difficulté</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/training/authoring.py" line="113"/>
        <source>Offence pattern</source>
        <translation>Profil d&apos;infractions</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/training/authoring.py" line="119"/>
        <source>Facts</source>
        <translation>Faits</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/training/authoring.py" line="120"/>
        <source>CASIC total</source>
        <translation>Total CASIC</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/training/authoring.py" line="121"/>
        <source>Vignette</source>
        <translation>Vignette</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/training/authoring.py" line="125"/>
        <source>Reference scoring</source>
        <translation>Cotation de référence</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/training/authoring.py" line="152"/>
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/training/authoring.py" line="152"/>
        <source>Score</source>
        <translation>Cote</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/training/authoring.py" line="152"/>
        <source>Rationale</source>
        <translation>Justification</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/training/authoring.py" line="153"/>
        <source>Guidance that decides it</source>
        <translation>Consigne déterminante</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/training/authoring.py" line="162"/>
        <source>Rationale for %1</source>
        <translation>Justification pour %1</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/training/authoring.py" line="223"/>
        <source>A case with the id &apos;%1&apos; exists; change the code.</source>
        <translation>Un cas portant l&apos;identifiant « %1 » existe déjà; changez le code.</translation>
    </message>
</context>
<context>
    <name>CaseListPanel</name>
    <message>
        <location filename="../../desktop/tally/ui/case_list.py" line="197"/>
        <source>Search case id or notes (Ctrl+F)</source>
        <translation>Chercher un identifiant ou une note (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/case_list.py" line="199"/>
        <source>Search cases</source>
        <translation>Chercher des dossiers</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/case_list.py" line="201"/>
        <source>Number of cases</source>
        <translation>Nombre de dossiers</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/case_list.py" line="203"/>
        <source>Cases</source>
        <translation>Dossiers</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/case_list.py" line="231"/>
        <source>New case…</source>
        <translation>Nouveau dossier…</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/case_list.py" line="232"/>
        <source>New case (Ctrl+N)</source>
        <translation>Nouveau dossier (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/case_list.py" line="233"/>
        <source>New case</source>
        <translation>Nouveau dossier</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/tally/ui/case_list.py" line="271"/>
        <source>%n case(s) match</source>
        <translation>
            <numerusform>%n dossier correspond</numerusform>
            <numerusform>%n dossiers correspondent</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/tally/ui/case_list.py" line="273"/>
        <source>%n case(s)</source>
        <translation>
            <numerusform>%n dossier</numerusform>
            <numerusform>%n dossiers</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/case_list.py" line="277"/>
        <source>Search failed: %1</source>
        <translation>La recherche a échoué&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>CasePicker</name>
    <message>
        <location filename="../../desktop/tally/ui/training/practice.py" line="40"/>
        <source>Sample cases</source>
        <translation>Cas d&apos;exercice</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/training/practice.py" line="42"/>
        <source>Case</source>
        <translation>Cas</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/training/practice.py" line="42"/>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/training/practice.py" line="42"/>
        <source>Difficulty</source>
        <translation>Difficulté</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/training/practice.py" line="42"/>
        <source>Instruments</source>
        <translation>Instruments</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/training/practice.py" line="54"/>
        <source>Instrument to practise</source>
        <translation>Instrument à pratiquer</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/training/practice.py" line="55"/>
        <source>&amp;Start practice</source>
        <translation>&amp;Commencer l&apos;exercice</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/training/practice.py" line="58"/>
        <source>Instrument:</source>
        <translation>Instrument&#xa0;:</translation>
    </message>
</context>
<context>
    <name>CaseProfile</name>
    <message>
        <location filename="../../desktop/tally/ui/case_profile.py" line="82"/>
        <source>%1: write the date as YYYY-MM-DD (for example 1980-04-23).</source>
        <translation>%1&#xa0;: écrivez la date sous la forme AAAA-MM-JJ (par exemple 1980-04-23).</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/case_profile.py" line="85"/>
        <source>%1 cannot be in the future.</source>
        <translation>%1 ne peut pas être dans le futur.</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/case_profile.py" line="87"/>
        <source>%1: the year %2 is not plausible.</source>
        <translation>%1&#xa0;: l&apos;année %2 n&apos;est pas plausible.</translation>
    </message>
</context>
<context>
    <name>CaseSummary</name>
    <message>
        <location filename="../../desktop/tally/ui/case_summary.py" line="79"/>
        <source>this instrument&apos;s form is not installed</source>
        <translation>le formulaire de cet instrument n&apos;est pas installé</translation>
    </message>
</context>
<context>
    <name>CaseTableModel</name>
    <message>
        <location filename="../../desktop/tally/ui/case_list.py" line="44"/>
        <source>Case</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/case_list.py" line="45"/>
        <source>Date of birth</source>
        <translation>Date de naissance</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/case_list.py" line="46"/>
        <source>Offending pattern</source>
        <translation>Profil d&apos;infractions</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/case_list.py" line="47"/>
        <source>Assessments</source>
        <translation>Évaluations</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/case_list.py" line="48"/>
        <source>Last changed</source>
        <translation>Dernière modification</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/case_list.py" line="69"/>
        <source>#</source>
        <translation>N°</translation>
    </message>
</context>
<context>
    <name>CaseView</name>
    <message>
        <location filename="../../desktop/tally/ui/case_profile.py" line="580"/>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/case_profile.py" line="582"/>
        <source>Profile editing</source>
        <translation>Édition du profil</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/case_profile.py" line="584"/>
        <source>E&amp;dit profile</source>
        <translation>Modifier le profi&amp;l</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/case_profile.py" line="586"/>
        <source>Change the profile of a case with locked work (%1)</source>
        <translation>Changer le profil d&apos;un dossier dont des évaluations sont verrouillées (%1)</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/case_profile.py" line="588"/>
        <source>&amp;Done</source>
        <translation>Te&amp;rminé</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/case_profile.py" line="590"/>
        <source>Save the edits and make the profile read-only</source>
        <translation>Enregistrer les modifications et remettre le profil en lecture seule</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/case_profile.py" line="592"/>
        <source>Discard edits</source>
        <translation>Abandonner les modifications</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/case_profile.py" line="594"/>
        <source>Drop the unsaved edits (Escape)</source>
        <translation>Abandonner les modifications non enregistrées (Échap)</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/case_profile.py" line="610"/>
        <source>Assessments</source>
        <translation>Évaluations</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/case_profile.py" line="611"/>
        <source>&amp;Open</source>
        <translation>&amp;Ouvrir</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/case_profile.py" line="612"/>
        <source>Open the selected assessment (Ctrl+O)</source>
        <translation>Ouvrir l&apos;évaluation sélectionnée (Ctrl+O)</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/case_profile.py" line="613"/>
        <source>Open assessment</source>
        <translation>Ouvrir l&apos;évaluation</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/case_profile.py" line="614"/>
        <source>&amp;Add instrument…</source>
        <translation>&amp;Ajouter un instrument…</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/case_profile.py" line="615"/>
        <source>Choose an instrument for this case (Ctrl+I)</source>
        <translation>Choisir un instrument pour ce dossier (Ctrl+I)</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/case_profile.py" line="616"/>
        <source>Add instrument</source>
        <translation>Ajouter un instrument</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/case_profile.py" line="618"/>
        <source>Sign and e&amp;xport PDF…</source>
        <translation>Signer et e&amp;xporter en PDF…</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/case_profile.py" line="620"/>
        <source>One signed PDF of locked assessments of this case (Ctrl+Shift+E)</source>
        <translation>Un PDF signé des évaluations verrouillées de ce dossier (Ctrl+Maj+E)</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/case_profile.py" line="621"/>
        <source>Sign and export PDF</source>
        <translation>Signer et exporter en PDF</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/case_profile.py" line="628"/>
        <source>No assessments yet. Choose an instrument to start one.</source>
        <translation>Aucune évaluation pour l&apos;instant. Choisissez un instrument pour en commencer une.</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/case_profile.py" line="635"/>
        <source>Dynamic scores over time</source>
        <translation>Scores dynamiques au fil du temps</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/case_profile.py" line="673"/>
        <source>Case %1</source>
        <translation>Dossier %1</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/case_profile.py" line="718"/>
        <source>Read-only: this case has locked work.</source>
        <translation>Lecture seule&#xa0;: ce dossier a des évaluations verrouillées.</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/case_profile.py" line="719"/>
        <source>Editing: Done saves, Escape discards.</source>
        <translation>Édition&#xa0;: Terminé enregistre, Échap abandonne.</translation>
    </message>
</context>
<context>
    <name>ChangePassphraseDialog</name>
    <message>
        <location filename="../../desktop/tally/ui/database_life.py" line="51"/>
        <location filename="../../desktop/tally/ui/database_life.py" line="74"/>
        <location filename="../../desktop/tally/ui/database_life.py" line="121"/>
        <source>Change passphrase</source>
        <translation>Changer la phrase de passe</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/database_life.py" line="53"/>
        <source>The whole database is encrypted again with the new passphrase. Backups made before keep the passphrase they were made with.</source>
        <translation>Toute la base de données est chiffrée de nouveau avec la nouvelle phrase de passe. Les sauvegardes faites auparavant gardent la phrase de passe avec laquelle elles ont été faites.</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/database_life.py" line="64"/>
        <source>C&amp;urrent passphrase:</source>
        <translation>Phrase de passe a&amp;ctuelle&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/database_life.py" line="65"/>
        <source>&amp;New passphrase:</source>
        <translation>&amp;Nouvelle phrase de passe&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/database_life.py" line="67"/>
        <source>&amp;Repeat it:</source>
        <translation>&amp;Répétez-la&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/database_life.py" line="97"/>
        <source>Enter the current passphrase.</source>
        <translation>Entrez la phrase de passe actuelle.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/tally/ui/database_life.py" line="99"/>
        <source>Use at least %n characters.</source>
        <translation>
            <numerusform>Utilisez au moins %n caractère.</numerusform>
            <numerusform>Utilisez au moins %n caractères.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/database_life.py" line="101"/>
        <source>This passphrase is too easy to guess: add another word or two.</source>
        <translation>Cette phrase de passe est trop facile à deviner&#xa0;: ajoutez un mot ou deux.</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/database_life.py" line="103"/>
        <source>The two passphrases are not the same yet.</source>
        <translation>Les deux phrases de passe ne sont pas encore identiques.</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/database_life.py" line="105"/>
        <source>The new passphrase is the current one.</source>
        <translation>La nouvelle phrase de passe est l&apos;actuelle.</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/database_life.py" line="122"/>
        <source>Re-encrypting the whole database with the new passphrase…</source>
        <translation>Rechiffrement de toute la base de données avec la nouvelle phrase de passe…</translation>
    </message>
</context>
<context>
    <name>Choice</name>
    <message>
        <location filename="../../desktop/tally/ui/instrument_choice.py" line="45"/>
        <source>Applies</source>
        <translation>S&apos;applique</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/instrument_choice.py" line="46"/>
        <source>Applies with a partner instrument</source>
        <translation>S&apos;applique avec un instrument partenaire</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/instrument_choice.py" line="47"/>
        <source>Does not meet the scoring criteria</source>
        <translation>Ne remplit pas les critères de cotation</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/instrument_choice.py" line="50"/>
        <source>from the talk</source>
        <translation>tiré de la conférence</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/instrument_choice.py" line="51"/>
        <source>published</source>
        <translation>publié</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/instrument_choice.py" line="52"/>
        <source>unconfirmed</source>
        <translation>non confirmé</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/instrument_choice.py" line="55"/>
        <source>Static (actuarial)</source>
        <translation>Statique (actuariel)</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/instrument_choice.py" line="56"/>
        <source>Dynamic (changeable factors)</source>
        <translation>Dynamique (facteurs modifiables)</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/instrument_choice.py" line="57"/>
        <source>Companion scale</source>
        <translation>Échelle complémentaire</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/instrument_choice.py" line="110"/>
        <source>The case facts could not be read: %1</source>
        <translation>Les faits du dossier n&apos;ont pas pu être lus&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/instrument_choice.py" line="118"/>
        <source>%1: not pre-filled (%2).</source>
        <translation>%1&#xa0;: non prérempli (%2).</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/instrument_choice.py" line="119"/>
        <source>facts missing</source>
        <translation>faits manquants</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/instrument_choice.py" line="121"/>
        <source>%1: pre-filled from the case facts (%2 points).</source>
        <translation>%1&#xa0;: prérempli d&apos;après les faits du dossier (%2 points).</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/instrument_choice.py" line="149"/>
        <source>Needs a static partner for this case: %1. This case has %2.</source>
        <translation>Exige un partenaire statique pour ce dossier&#xa0;: %1. Ce dossier a %2.</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/instrument_choice.py" line="150"/>
        <source> or </source>
        <translation> ou </translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/instrument_choice.py" line="151"/>
        <source>none applies</source>
        <translation>aucun ne s&apos;applique</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/instrument_choice.py" line="152"/>
        <source>none yet</source>
        <translation>aucun pour l&apos;instant</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/instrument_choice.py" line="154"/>
        <source>this case has it</source>
        <translation>ce dossier l&apos;a</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/instrument_choice.py" line="155"/>
        <source>not yet scored for this case</source>
        <translation>pas encore coté pour ce dossier</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/instrument_choice.py" line="156"/>
        <source>Scored together with %1 (%2).</source>
        <translation>Coté avec %1 (%2).</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/instrument_choice.py" line="157"/>
        <source>Can be followed with %1 (%2).</source>
        <translation>Peut être suivi de %1 (%2).</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/instrument_choice.py" line="163"/>
        <source>Companion to %1: its total feeds the partner&apos;s item; it is not a risk level.</source>
        <translation>Complément de %1&#xa0;: son total alimente l&apos;item du partenaire; ce n&apos;est pas un niveau de risque.</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/instrument_choice.py" line="166"/>
        <source>Its own assessment: link it from the partner&apos;s item, where you record that there is no admission and no diagnosis.</source>
        <translation>Une évaluation à part entière&#xa0;: liez-la depuis l&apos;item du partenaire, où vous consignez qu&apos;il n&apos;y a ni aveu ni diagnostic.</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/instrument_choice.py" line="172"/>
        <source>Combine with: %1.</source>
        <translation>À combiner avec&#xa0;: %1.</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/instrument_choice.py" line="365"/>
        <source>version</source>
        <translation>version</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/instrument_choice.py" line="366"/>
        <source>For CSEM cases (the talk’s defensibility table)</source>
        <translation>Pour les dossiers de MESE (le tableau de défendabilité de la conférence)</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/instrument_choice.py" line="367"/>
        <source>Research context</source>
        <translation>Contexte de recherche</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/instrument_choice.py" line="368"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/instrument_choice.py" line="369"/>
        <source>Population</source>
        <translation>Population</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/instrument_choice.py" line="370"/>
        <source>From the case facts</source>
        <translation>D&apos;après les faits du dossier</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/instrument_choice.py" line="371"/>
        <source>Already in this case</source>
        <translation>Déjà dans ce dossier</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/instrument_choice.py" line="372"/>
        <source>Manual</source>
        <translation>Manuel</translation>
    </message>
</context>
<context>
    <name>ConfirmDialog</name>
    <message>
        <location filename="../../desktop/tally/ui/assessment/dialogs.py" line="96"/>
        <location filename="../../desktop/tally/ui/assessment/dialogs.py" line="97"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>ContentReviewDialog</name>
    <message>
        <location filename="../../desktop/tally/ui/content_review.py" line="40"/>
        <source>Local content review</source>
        <translation>Révision locale du contenu</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/content_review.py" line="48"/>
        <source>Numbers the form files mark as unconfirmed. If you hold the manual, confirm each against it, correct it, or add a norms table from it, naming the manual, edition and page. Your review is signed with your signing identity and saved in your data folder; copy the file to other machines to share it.</source>
        <translation>Les nombres que les fichiers de formulaire marquent comme non confirmés. Si vous avez le manuel, confirmez chacun d&apos;après celui-ci, corrigez-le ou ajoutez-en un tableau de normes, en nommant le manuel, l&apos;édition et la page. Votre révision est signée avec votre identité de signature et enregistrée dans votre dossier de données; copiez le fichier sur d&apos;autres postes pour la partager.</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/content_review.py" line="55"/>
        <source>Unconfirmed numbers</source>
        <translation>Nombres non confirmés</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/content_review.py" line="57"/>
        <source>Form</source>
        <translation>Formulaire</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/content_review.py" line="57"/>
        <source>Number</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/content_review.py" line="57"/>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/content_review.py" line="57"/>
        <source>Evidence</source>
        <translation>Preuve</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/content_review.py" line="66"/>
        <source>Show &amp;all numbers, also those the form files give as sourced (to confirm a seed or published number against the manual too)</source>
        <translation>&amp;Afficher tous les nombres, aussi ceux que les fichiers de formulaire donnent comme sourcés (pour confirmer aussi un nombre de la conférence ou publié d&apos;après le manuel)</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/content_review.py" line="70"/>
        <source>Manual checked</source>
        <translation>Manuel consulté</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/content_review.py" line="72"/>
        <source>Edition</source>
        <translation>Édition</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/content_review.py" line="74"/>
        <source>Page</source>
        <translation>Page</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/content_review.py" line="76"/>
        <source>Corrected value</source>
        <translation>Valeur corrigée</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/content_review.py" line="77"/>
        <location filename="../../desktop/tally/ui/content_review.py" line="155"/>
        <source>for Correct: e.g. 4 to 5, 18, 0/1/2</source>
        <translation>pour Corriger : p. ex. 4 à 5, 18, 0/1/2</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/content_review.py" line="80"/>
        <source>Signing key passphrase</source>
        <translation>Phrase de passe de la clé de signature</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/content_review.py" line="82"/>
        <source>&amp;Manual:</source>
        <translation>&amp;Manuel&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/content_review.py" line="83"/>
        <source>&amp;Edition:</source>
        <translation>É&amp;dition&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/content_review.py" line="84"/>
        <source>&amp;Page:</source>
        <translation>&amp;Page&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/content_review.py" line="85"/>
        <source>Corrected &amp;value:</source>
        <translation>&amp;Valeur corrigée&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/content_review.py" line="86"/>
        <source>&amp;Key passphrase:</source>
        <translation>Phrase de passe de la &amp;clé&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/content_review.py" line="88"/>
        <source>&amp;Confirm selected</source>
        <translation>C&amp;onfirmer la sélection</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/content_review.py" line="89"/>
        <source>Co&amp;rrect selected</source>
        <translation>Co&amp;rriger la sélection</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/content_review.py" line="90"/>
        <source>Add &amp;norms table…</source>
        <translation>Ajouter un tableau de &amp;normes…</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/content_review.py" line="91"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/content_review.py" line="140"/>
        <source>Review in use: %1</source>
        <translation>Révision en usage&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/content_review.py" line="141"/>
        <source>Refused: %1</source>
        <translation>Refusée&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/content_review.py" line="142"/>
        <source>No local review: every number is as the form files say.</source>
        <translation>Aucune révision locale&#xa0;: chaque nombre est celui des fichiers de formulaire.</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/content_review.py" line="156"/>
        <source>this number can be confirmed, not corrected</source>
        <translation>ce nombre peut être confirmé, non corrigé</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/content_review.py" line="174"/>
        <source>Create a signing identity first (File → Signing identity).</source>
        <translation>Créez d&apos;abord une identité de signature (Fichier → Identité de signature).</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/content_review.py" line="186"/>
        <source>Select a number first.</source>
        <translation>Sélectionnez d&apos;abord un nombre.</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/content_review.py" line="193"/>
        <source>Unknown form %1.</source>
        <translation>Formulaire %1 inconnu.</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/content_review.py" line="205"/>
        <source>Saved and signed: %1</source>
        <translation>Enregistrée et signée&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/content_review.py" line="210"/>
        <source>Norms table</source>
        <translation>Tableau de normes</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/content_review.py" line="210"/>
        <source>Norms table (*.toml)</source>
        <translation>Tableau de normes (*.toml)</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/content_review.py" line="222"/>
        <source>%1 is not a file with a form id and one [[norms]] table.</source>
        <translation>%1 n&apos;est pas un fichier avec un identifiant de formulaire et un tableau [[norms]].</translation>
    </message>
</context>
<context>
    <name>CountEntry</name>
    <message>
        <location filename="../../desktop/tally/ui/assessment/count_entry.py" line="18"/>
        <source>Prior sexual charges</source>
        <translation>Accusations sexuelles antérieures</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/assessment/count_entry.py" line="19"/>
        <source>Charges for sexual offences on occasions before the index offence; index charges are not counted.</source>
        <translation>Accusations pour des infractions sexuelles à des occasions antérieures à l&apos;infraction de référence; les accusations de référence ne comptent pas.</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/assessment/count_entry.py" line="22"/>
        <source>Prior sexual convictions</source>
        <translation>Condamnations sexuelles antérieures</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/assessment/count_entry.py" line="23"/>
        <source>Convictions for sexual offences before the index offence; the higher of the two tables counts, never their sum.</source>
        <translation>Condamnations pour des infractions sexuelles antérieures à l&apos;infraction de référence; le plus élevé des deux tableaux compte, jamais leur somme.</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/assessment/count_entry.py" line="26"/>
        <source>Prior sentencing dates</source>
        <translation>Dates de détermination de la peine antérieures</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/assessment/count_entry.py" line="27"/>
        <source>Separate dates on which he was sentenced before the index offence.</source>
        <translation>Dates distinctes où il a reçu une peine avant l&apos;infraction de référence.</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/assessment/count_entry.py" line="30"/>
        <source>Sexual appearances</source>
        <translation>Comparutions pour infraction sexuelle</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/assessment/count_entry.py" line="31"/>
        <source>Separate occasions sentenced for a sexual offence, the index included (so at least 1).</source>
        <translation>Occasions distinctes de peine pour une infraction sexuelle, la référence comprise (donc au moins 1).</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/assessment/count_entry.py" line="35"/>
        <source>Criminal appearances</source>
        <translation>Comparutions pour infraction criminelle</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/assessment/count_entry.py" line="36"/>
        <source>Separate occasions sentenced for any criminal offence, the index included (so at least 1).</source>
        <translation>Occasions distinctes de peine pour toute infraction criminelle, la référence comprise (donc au moins 1).</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/assessment/count_entry.py" line="40"/>
        <source>Boys in the CSEM (%)</source>
        <translation>Garçons dans le MESE (%)</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/assessment/count_entry.py" line="41"/>
        <source>Share of the CSEM that shows boys, from the forensic inventory.</source>
        <translation>Part du MESE qui montre des garçons, d&apos;après l&apos;inventaire judiciaire.</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/assessment/count_entry.py" line="44"/>
        <source>Boys in other child content (%)</source>
        <translation>Garçons dans l&apos;autre contenu d&apos;enfants (%)</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/assessment/count_entry.py" line="45"/>
        <source>Share of the other child content (not CSEM) that shows boys.</source>
        <translation>Part de l&apos;autre contenu d&apos;enfants (pas du MESE) qui montre des garçons.</translation>
    </message>
</context>
<context>
    <name>DatabaseStep</name>
    <message>
        <location filename="../../desktop/tally/ui/first_run.py" line="40"/>
        <source>Welcome to Tally</source>
        <translation>Bienvenue dans Tally</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/first_run.py" line="42"/>
        <source>Tally keeps your cases in one encrypted database on this computer. Choose a passphrase to lock it: a few unrelated words are strong and easy to remember.</source>
        <translation>Tally conserve vos dossiers dans une seule base de données chiffrée sur cet ordinateur. Choisissez une phrase de passe pour la verrouiller&#xa0;: quelques mots sans lien entre eux sont robustes et faciles à retenir.</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/first_run.py" line="44"/>
        <location filename="../../desktop/tally/ui/first_run.py" line="108"/>
        <source>Database: %1</source>
        <translation>Base de données&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/first_run.py" line="50"/>
        <source>Passphrase</source>
        <translation>Phrase de passe</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/first_run.py" line="53"/>
        <source>Repeat passphrase</source>
        <translation>Répéter la phrase de passe</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/first_run.py" line="54"/>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Phrase de passe&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/first_run.py" line="55"/>
        <source>&amp;Repeat it:</source>
        <translation>&amp;Répétez-la&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/first_run.py" line="60"/>
        <source>Passphrase strength</source>
        <translation>Robustesse de la phrase de passe</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/first_run.py" line="65"/>
        <source>Strength:</source>
        <translation>Robustesse&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/first_run.py" line="69"/>
        <source>Nothing can recover a forgotten passphrase. Not Tally, not your IT department, not us: without it the database cannot be opened and its cases are lost. Write it down and keep it somewhere safe.</source>
        <translation>Rien ne permet de récupérer une phrase de passe oubliée. Ni Tally, ni votre service informatique, ni nous&#xa0;: sans elle, la base de données ne peut pas être ouverte et ses dossiers sont perdus. Notez-la et conservez-la en lieu sûr.</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/first_run.py" line="72"/>
        <source>Warning: a forgotten passphrase cannot be recovered</source>
        <translation>Avertissement&#xa0;: une phrase de passe oubliée ne peut pas être récupérée</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/first_run.py" line="75"/>
        <source>I &amp;understand that a forgotten passphrase cannot be recovered</source>
        <translation>Je &amp;comprends qu&apos;une phrase de passe oubliée ne peut pas être récupérée</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/first_run.py" line="76"/>
        <source>I understand a forgotten passphrase is lost</source>
        <translation>Je comprends qu&apos;une phrase de passe oubliée est perdue</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/first_run.py" line="80"/>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/first_run.py" line="83"/>
        <source>&amp;Open an existing database…</source>
        <translation>&amp;Ouvrir une base de données existante…</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/first_run.py" line="84"/>
        <source>Open an existing database</source>
        <translation>Ouvrir une base de données existante</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/first_run.py" line="85"/>
        <source>&amp;Create database</source>
        <translation>Cré&amp;er la base de données</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/first_run.py" line="87"/>
        <source>Create database</source>
        <translation>Créer la base de données</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/tally/ui/first_run.py" line="114"/>
        <source>Use at least %n characters.</source>
        <translation>
            <numerusform>Utilisez au moins %n caractère.</numerusform>
            <numerusform>Utilisez au moins %n caractères.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/first_run.py" line="116"/>
        <source>This passphrase is too easy to guess: add another word or two.</source>
        <translation>Cette phrase de passe est trop facile à deviner&#xa0;: ajoutez un mot ou deux.</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/first_run.py" line="118"/>
        <source>The two passphrases are not the same yet.</source>
        <translation>Les deux phrases de passe ne sont pas encore identiques.</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/first_run.py" line="120"/>
        <source>Tick the box to confirm you have read the warning.</source>
        <translation>Cochez la case pour confirmer que vous avez lu l&apos;avertissement.</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/first_run.py" line="125"/>
        <source>Very weak</source>
        <translation>Très faible</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/first_run.py" line="125"/>
        <source>Weak</source>
        <translation>Faible</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/first_run.py" line="125"/>
        <source>Fair</source>
        <translation>Passable</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/first_run.py" line="125"/>
        <source>Strong</source>
        <translation>Robuste</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/first_run.py" line="126"/>
        <source>Very strong</source>
        <translation>Très robuste</translation>
    </message>
</context>
<context>
    <name>DeleteCaseDialog</name>
    <message>
        <location filename="../../desktop/tally/ui/case_deletion.py" line="51"/>
        <source>Delete case %1</source>
        <translation>Supprimer le dossier %1</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/case_deletion.py" line="53"/>
        <source>Case %1 and its %2 assessment(s) will be deleted from this database and the space they used wiped. This cannot be undone here; a backup made before keeps them.</source>
        <translation>Le dossier %1 et ses %2 évaluation(s) seront supprimés de cette base de données, et l&apos;espace qu&apos;ils occupaient sera effacé. Cette suppression est irréversible ici&#xa0;; une sauvegarde faite auparavant les conserve.</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/case_deletion.py" line="58"/>
        <source>%1 of them were signed or amended: reports may exist outside Tally. A reason is required; the audit trail keeps the case id, the reason and the signed reports&apos; hashes, and nothing else of the case.</source>
        <translation>%1 d&apos;entre elles ont été signées ou modifiées&#xa0;: des rapports peuvent exister hors de Tally. Un motif est requis&#xa0;; le journal d&apos;audit conserve le numéro du dossier, le motif et les empreintes des rapports signés, et rien d&apos;autre du dossier.</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/case_deletion.py" line="66"/>
        <source>e.g. retention period ended (policy 4.2)</source>
        <translation>p. ex. fin de la période de conservation (politique 4.2)</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/case_deletion.py" line="70"/>
        <source>&amp;Reason:</source>
        <translation>&amp;Motif&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/case_deletion.py" line="70"/>
        <source>&amp;Reason (optional):</source>
        <translation>&amp;Motif (facultatif)&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/case_deletion.py" line="72"/>
        <source>Type the case id to &amp;confirm:</source>
        <translation>Tapez le numéro du dossier pour &amp;confirmer&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/case_deletion.py" line="74"/>
        <source>Delete case</source>
        <translation>Supprimer le dossier</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../desktop/tally/ui/export.py" line="108"/>
        <source>Sign and export PDF — case %1</source>
        <translation>Signer et exporter en PDF — dossier %1</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/export.py" line="110"/>
        <source>Sign and export PDF</source>
        <translation>Signer et exporter en PDF</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/export.py" line="117"/>
        <source>Assessments in this report</source>
        <translation>Évaluations dans ce rapport</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/export.py" line="120"/>
        <source>Locked assessments to include</source>
        <translation>Évaluations verrouillées à inclure</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/export.py" line="121"/>
        <source>Space ticks or unticks the highlighted assessment</source>
        <translation>La barre d&apos;espace coche ou décoche l&apos;évaluation en surbrillance</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/export.py" line="136"/>
        <source>This case has no locked assessment yet. Lock an assessment on its Review page first.</source>
        <translation>Ce dossier n&apos;a encore aucune évaluation verrouillée. Verrouillez d&apos;abord une évaluation à sa page Révision.</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/export.py" line="143"/>
        <source>Not offered: %1. A draft can still change, so a signature cannot vouch for it; lock it on its Review page to include it.</source>
        <translation>Non proposées&#xa0;: %1. Un brouillon peut encore changer, une signature ne peut donc pas s&apos;en porter garante; verrouillez-le à sa page Révision pour l&apos;inclure.</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/export.py" line="151"/>
        <source>Never exported: %1. A void was scored in error and stays on record only.</source>
        <translation>Jamais exportées&#xa0;: %1. Une évaluation invalidée a été cotée par erreur et reste seulement au dossier.</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/export.py" line="156"/>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/export.py" line="161"/>
        <source>PDF file to write</source>
        <translation>Fichier PDF à écrire</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/export.py" line="162"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/export.py" line="163"/>
        <source>Choose where to write the PDF</source>
        <translation>Choisir où écrire le PDF</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/export.py" line="167"/>
        <source>Report conte&amp;xt…</source>
        <translation>Conte&amp;xte du rapport…</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/export.py" line="168"/>
        <source>Edit the report context of this case</source>
        <translation>Modifier le contexte du rapport de ce dossier</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/export.py" line="170"/>
        <source>Referral question, jurisdiction, sources of information, your training, responsivity, your combined level and departures: entered once per case</source>
        <translation>Question de renvoi, ressort, sources d&apos;information, votre formation, réceptivité, votre niveau combiné et dérogations&#xa0;: saisis une fois par dossier</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/export.py" line="174"/>
        <source>Also write an editable &amp;DOCX copy (unsigned working copy, beside the PDF)</source>
        <translation>Écrire aussi une copie &amp;DOCX modifiable (copie de travail non signée, à côté du PDF)</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/export.py" line="176"/>
        <source>Also write an editable DOCX copy</source>
        <translation>Écrire aussi une copie DOCX modifiable</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/export.py" line="181"/>
        <source>Report language</source>
        <translation>Langue du rapport</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/export.py" line="183"/>
        <source>The language of the report&apos;s fixed text, dates and numbers</source>
        <translation>La langue du texte fixe, des dates et des nombres du rapport</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/export.py" line="187"/>
        <source>Report &amp;language:</source>
        <translation>&amp;Langue du rapport&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/export.py" line="198"/>
        <source>Signature printed on the page</source>
        <translation>Signature imprimée sur la page</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/export.py" line="201"/>
        <source>Printed name</source>
        <translation>Nom imprimé</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/export.py" line="203"/>
        <source>Date and time of signing</source>
        <translation>Date et heure de la signature</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/export.py" line="205"/>
        <source>Meaning of the signature</source>
        <translation>Signification de la signature</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/export.py" line="210"/>
        <source>Signing key passphrase</source>
        <translation>Phrase de passe de la clé de signature</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/export.py" line="211"/>
        <source>Printed name:</source>
        <translation>Nom imprimé&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/export.py" line="212"/>
        <source>Date and time:</source>
        <translation>Date et heure&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/export.py" line="213"/>
        <source>&amp;Meaning:</source>
        <translation>&amp;Signification&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/export.py" line="214"/>
        <source>&amp;Key passphrase:</source>
        <translation>Phrase de passe de la &amp;clé&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/export.py" line="216"/>
        <source>Typing the key passphrase confirms that you are signing now. The selected assessments are recorded as signed, and the export goes into the audit trail.</source>
        <translation>Taper la phrase de passe de la clé confirme que vous signez maintenant. Les évaluations choisies sont consignées comme signées, et l&apos;exportation est inscrite au journal d&apos;audit.</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/export.py" line="220"/>
        <source>No signing identity</source>
        <translation>Aucune identité de signature</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/export.py" line="223"/>
        <source>There is no signing identity on this computer, so the report cannot be signed. Create one (a minute, once), or export without a signature: the page then says in plain words that it is not signed, and nobody can check who wrote it.</source>
        <translation>Il n&apos;y a aucune identité de signature sur cet ordinateur&#xa0;: le rapport ne peut donc pas être signé. Créez-en une (une minute, une seule fois), ou exportez sans signature&#xa0;: la page dit alors clairement qu&apos;elle n&apos;est pas signée, et personne ne peut vérifier qui l&apos;a rédigée.</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/export.py" line="227"/>
        <source>Create &amp;signing identity…</source>
        <translation>Créer une identité de &amp;signature…</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/export.py" line="228"/>
        <source>Create a signing identity</source>
        <translation>Créer une identité de signature</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/export.py" line="230"/>
        <source>Export &amp;without a signature (the page will say it is unsigned)</source>
        <translation>Exporter &amp;sans signature (la page dira qu&apos;elle n&apos;est pas signée)</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/export.py" line="232"/>
        <source>Confirm export without a signature</source>
        <translation>Confirmer l&apos;exportation sans signature</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/export.py" line="238"/>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/export.py" line="239"/>
        <source>Written</source>
        <translation>Écrit</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/export.py" line="242"/>
        <source>Written to</source>
        <translation>Écrit dans</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/export.py" line="244"/>
        <source>Signed by</source>
        <translation>Signé par</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/export.py" line="246"/>
        <source>Embedded data SHA-256</source>
        <translation>SHA-256 des données intégrées</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/export.py" line="247"/>
        <source>Open &amp;folder</source>
        <translation>Ouvrir le &amp;dossier</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/export.py" line="248"/>
        <source>Open the folder of the PDF</source>
        <translation>Ouvrir le dossier du PDF</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/export.py" line="252"/>
        <source>File:</source>
        <translation>Fichier&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/export.py" line="254"/>
        <source>Editable copy written to</source>
        <translation>Copie modifiable écrite dans</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/export.py" line="255"/>
        <source>Copy:</source>
        <translation>Copie&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/export.py" line="256"/>
        <source>Signature:</source>
        <translation>Signature&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/export.py" line="257"/>
        <source>Data SHA-256:</source>
        <translation>SHA-256 des données&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/export.py" line="316"/>
        <source>the moment you sign (now: %1)</source>
        <translation>au moment où vous signez (maintenant&#xa0;: %1)</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/export.py" line="341"/>
        <source>&amp;Sign and export</source>
        <translation>&amp;Signer et exporter</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/export.py" line="342"/>
        <source>&amp;Export unsigned</source>
        <translation>&amp;Exporter sans signature</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/export.py" line="352"/>
        <source>Write the report to</source>
        <translation>Écrire le rapport dans</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/export.py" line="352"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/export.py" line="375"/>
        <source>The report context was not saved: %1</source>
        <translation>Le contexte du rapport n&apos;a pas été enregistré&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/export.py" line="391"/>
        <source>Choose where to write the PDF.</source>
        <translation>Choisissez où écrire le PDF.</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/export.py" line="395"/>
        <source>The file name must end in .pdf.</source>
        <translation>Le nom du fichier doit se terminer par .pdf.</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/export.py" line="398"/>
        <source>The folder %1 does not exist.</source>
        <translation>Le dossier %1 n&apos;existe pas.</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/export.py" line="404"/>
        <source>%1 already exists. Press the button again to replace it, or choose another name.</source>
        <translation>%1 existe déjà. Appuyez de nouveau sur le bouton pour le remplacer, ou choisissez un autre nom.</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/export.py" line="425"/>
        <source>Tick at least one locked assessment.</source>
        <translation>Cochez au moins une évaluation verrouillée.</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/export.py" line="432"/>
        <source>Create a signing identity, or confirm an unsigned export.</source>
        <translation>Créez une identité de signature, ou confirmez une exportation sans signature.</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/export.py" line="444"/>
        <location filename="../../desktop/tally/ui/export.py" line="507"/>
        <source>%1. Nothing was written.</source>
        <translation>%1. Rien n&apos;a été écrit.</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/export.py" line="510"/>
        <source>Cannot write %1: %2. Nothing was written.</source>
        <translation>Impossible d&apos;écrire %1&#xa0;: %2. Rien n&apos;a été écrit.</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/export.py" line="520"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/export.py" line="523"/>
        <source>not signed (the page says so)</source>
        <translation>non signé (la page le dit)</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/export.py" line="526"/>
        <source>%1 (editable, unsigned working copy)</source>
        <translation>%1 (copie de travail modifiable, non signée)</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/export.py" line="533"/>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
</context>
<context>
    <name>Facts</name>
    <message>
        <location filename="../../desktop/tally/ui/assessment/text.py" line="29"/>
        <source>date of birth</source>
        <translation>date de naissance</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/assessment/text.py" line="30"/>
        <source>release date</source>
        <translation>date de mise en liberté</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/assessment/text.py" line="31"/>
        <source>date of the index investigation</source>
        <translation>date de l&apos;enquête de référence</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/assessment/text.py" line="32"/>
        <source>assessment date</source>
        <translation>date de l&apos;évaluation</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/assessment/text.py" line="33"/>
        <source>CASIC total</source>
        <translation>total CASIC</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/assessment/text.py" line="34"/>
        <source>CSEM-only history</source>
        <translation>antécédents de MESE seulement</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/assessment/text.py" line="35"/>
        <source>CSEM production</source>
        <translation>production de MESE</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/assessment/text.py" line="36"/>
        <source>contact sexual offence</source>
        <translation>infraction sexuelle avec contact</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/assessment/text.py" line="37"/>
        <source>number of prior sexual charges</source>
        <translation>nombre d&apos;accusations sexuelles antérieures</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/assessment/text.py" line="38"/>
        <source>number of prior sexual convictions</source>
        <translation>nombre de condamnations sexuelles antérieures</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/assessment/text.py" line="39"/>
        <source>number of prior sentencing dates</source>
        <translation>nombre de dates de détermination de la peine antérieures</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/assessment/text.py" line="40"/>
        <source>number of sexual appearances</source>
        <translation>nombre de comparutions pour infraction sexuelle</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/assessment/text.py" line="41"/>
        <source>number of criminal appearances</source>
        <translation>nombre de comparutions pour infraction criminelle</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/assessment/text.py" line="42"/>
        <source>share of boy content in the CSEM (%)</source>
        <translation>proportion de garçons dans le MESE (%)</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/assessment/text.py" line="43"/>
        <source>share of boy content in other child material (%)</source>
        <translation>proportion de garçons dans l&apos;autre matériel d&apos;enfants (%)</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/assessment/text.py" line="44"/>
        <source>start of follow-up</source>
        <translation>début du suivi</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/assessment/text.py" line="45"/>
        <location filename="../../desktop/tally/ui/assessment/text.py" line="46"/>
        <source>date of the most recent sexual offence</source>
        <translation>date de l&apos;infraction sexuelle la plus récente</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/assessment/text.py" line="47"/>
        <source>date of the most recent offence</source>
        <translation>date de l&apos;infraction la plus récente</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/assessment/text.py" line="48"/>
        <source>in custody</source>
        <translation>en détention</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/assessment/text.py" line="49"/>
        <source>stranger victim in the current offence</source>
        <translation>victime inconnue dans l&apos;infraction actuelle</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/assessment/text.py" line="51"/>
        <source>number of contact sexual sanctions against adults</source>
        <translation>nombre de sanctions sexuelles avec contact contre des adultes</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/assessment/text.py" line="53"/>
        <source>number of contact sexual sanctions against children</source>
        <translation>nombre de sanctions sexuelles avec contact contre des enfants</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/assessment/text.py" line="54"/>
        <source>number of non-contact sexual offences</source>
        <translation>nombre d&apos;infractions sexuelles sans contact</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/assessment/text.py" line="55"/>
        <source>number of indecent-image sanctions</source>
        <translation>nombre de sanctions pour images indécentes</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/assessment/text.py" line="56"/>
        <source>number of sanctions for all offences</source>
        <translation>nombre de sanctions, toutes infractions</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/assessment/text.py" line="57"/>
        <source>a victim aged 13 or younger</source>
        <translation>une victime de 13 ans ou moins</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/assessment/text.py" line="67"/>
        <source>age %1 on %2 is below every band of this item</source>
        <translation>%1 ans le %2&#xa0;: sous toutes les tranches de cet item</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/assessment/text.py" line="69"/>
        <source>age %1 on %2</source>
        <translation>%1 ans le %2</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/assessment/text.py" line="71"/>
        <source>%1 is below every band of this item</source>
        <translation>%1&#xa0;: sous toutes les tranches de cet item</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/assessment/text.py" line="72"/>
        <source>needs %1</source>
        <translation>exige %1</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/assessment/text.py" line="73"/>
        <source>= yes</source>
        <translation>= oui</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/assessment/text.py" line="74"/>
        <source>= no</source>
        <translation>= non</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/assessment/text.py" line="84"/>
        <source>and</source>
        <translation>et</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/assessment/text.py" line="91"/>
        <source>%1 could not be derived from case facts: %2.</source>
        <translation>%1 n&apos;a pas pu être déduit des faits du dossier&#xa0;: %2.</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/assessment/text.py" line="93"/>
        <source>%1 was entered but is not scored for this case; its answer is left out of the total.</source>
        <translation>%1 a été coté, mais ne s&apos;applique pas à ce dossier; sa cote est exclue du total.</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/assessment/text.py" line="96"/>
        <source>Risk reduction not considered: needs %1.</source>
        <translation>Réduction du risque non examinée&#xa0;: exige %1.</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/assessment/text.py" line="98"/>
        <source>Unknown fact &apos;%1&apos; was ignored.</source>
        <translation>Fait inconnu «&#xa0;%1&#xa0;» ignoré.</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/assessment/text.py" line="99"/>
        <source>&apos;%1&apos; was taken as &apos;%2&apos;, the date the published code uses.</source>
        <translation>«&#xa0;%1&#xa0;» a été lu comme «&#xa0;%2&#xa0;», la date qu&apos;utilise le code publié.</translation>
    </message>
</context>
<context>
    <name>FactsDiffText</name>
    <message>
        <location filename="../../desktop/tally/ui/assessment/dialogs.py" line="117"/>
        <source>not recorded</source>
        <translation>non consigné</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/assessment/dialogs.py" line="119"/>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/assessment/dialogs.py" line="119"/>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/assessment/dialogs.py" line="129"/>
        <source>case id</source>
        <translation>identifiant du dossier</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/assessment/dialogs.py" line="130"/>
        <source>offending history</source>
        <translation>antécédents de délinquance</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/assessment/dialogs.py" line="131"/>
        <source>notes</source>
        <translation>notes</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/assessment/dialogs.py" line="140"/>
        <source>missing</source>
        <translation>manquant</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/assessment/dialogs.py" line="145"/>
        <source>notes changed</source>
        <translation>notes changées</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/assessment/dialogs.py" line="147"/>
        <source>%1 changed: %2 → %3</source>
        <translation>%1 changé&#xa0;: %2 → %3</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/assessment/dialogs.py" line="152"/>
        <source>item %1 (%2) re-derived from %3 to %4</source>
        <translation>item %1 (%2) déduit de nouveau&#xa0;: de %3 à %4</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/assessment/dialogs.py" line="156"/>
        <source>no item&apos;s points change</source>
        <translation>les points d&apos;aucun item ne changent</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/assessment/dialogs.py" line="158"/>
        <source>total %1 → %2</source>
        <translation>total %1 → %2</translation>
    </message>
</context>
<context>
    <name>FeedbackView</name>
    <message>
        <location filename="../../desktop/tally/ui/training/feedback.py" line="25"/>
        <source>Feedback on your scoring</source>
        <translation>Rétroaction sur votre cotation</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/training/feedback.py" line="27"/>
        <source>Practise &amp;another case</source>
        <translation>S&apos;exercer sur un &amp;autre cas</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/training/feedback.py" line="29"/>
        <source>See &amp;progress</source>
        <translation>Voir la &amp;progression</translation>
    </message>
</context>
<context>
    <name>FirstRunPage</name>
    <message>
        <location filename="../../desktop/tally/ui/first_run.py" line="231"/>
        <source>First run</source>
        <translation>Premier démarrage</translation>
    </message>
</context>
<context>
    <name>Headline</name>
    <message>
        <location filename="../../desktop/tally/ui/headline_text.py" line="24"/>
        <location filename="../../desktop/tally/ui/verify.py" line="284"/>
        <source>No risk level: scoring criteria not met</source>
        <translation>Aucun niveau de risque&#xa0;: les critères de cotation ne sont pas remplis</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/headline_text.py" line="35"/>
        <location filename="../../desktop/tally/ui/verify.py" line="304"/>
        <source>no risk categories published</source>
        <translation>aucune catégorie de risque publiée</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/headline_text.py" line="40"/>
        <location filename="../../desktop/tally/ui/verify.py" line="306"/>
        <source>(unconfirmed cut-offs)</source>
        <translation>(seuils non confirmés)</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/headline_text.py" line="42"/>
        <source>%1: %2, %3</source>
        <translation>%1&#xa0;: %2, %3</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/headline_text.py" line="51"/>
        <source>Total %1</source>
        <translation>Total %1</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/headline_text.py" line="53"/>
        <location filename="../../desktop/tally/ui/verify.py" line="281"/>
        <source>incomplete, %1 missing</source>
        <translation>incomplet, %1 manquant(s)</translation>
    </message>
</context>
<context>
    <name>IdentityDialog</name>
    <message>
        <location filename="../../desktop/tally/ui/identity.py" line="54"/>
        <location filename="../../desktop/tally/ui/identity.py" line="55"/>
        <source>Signing identity</source>
        <translation>Identité de signature</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/identity.py" line="59"/>
        <source>Current signing identity</source>
        <translation>Identité de signature actuelle</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/identity.py" line="62"/>
        <source>Certificate subject</source>
        <translation>Titulaire du certificat</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/identity.py" line="64"/>
        <source>Certificate issuer</source>
        <translation>Émetteur du certificat</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/identity.py" line="66"/>
        <source>Validity</source>
        <translation>Validité</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/identity.py" line="68"/>
        <source>Certificate SHA-256 fingerprint</source>
        <translation>Empreinte SHA-256 du certificat</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/identity.py" line="70"/>
        <source>Identity folder</source>
        <translation>Dossier de l&apos;identité</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/identity.py" line="71"/>
        <source>Subject:</source>
        <translation>Titulaire&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/identity.py" line="72"/>
        <source>Issuer:</source>
        <translation>Émetteur&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/identity.py" line="73"/>
        <source>Valid:</source>
        <translation>Valide&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/identity.py" line="74"/>
        <source>SHA-256:</source>
        <translation>SHA-256&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/identity.py" line="75"/>
        <source>Folder:</source>
        <translation>Dossier&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/identity.py" line="76"/>
        <source>&amp;Save certificate for others…</source>
        <translation>&amp;Enregistrer le certificat pour d&apos;autres…</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/identity.py" line="77"/>
        <source>Save the signing certificate</source>
        <translation>Enregistrer le certificat de signature</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/identity.py" line="79"/>
        <source>Write your certificate (public, no key) so readers can check your reports</source>
        <translation>Écrire votre certificat (public, sans clé) pour que les lecteurs puissent vérifier vos rapports</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/identity.py" line="88"/>
        <source>Name printed on signatures</source>
        <translation>Nom imprimé sur les signatures</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/identity.py" line="90"/>
        <source>Organisation</source>
        <translation>Organisme</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/identity.py" line="92"/>
        <source>E-mail (optional)</source>
        <translation>Courriel (facultatif)</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/identity.py" line="93"/>
        <source>Key passphrase</source>
        <translation>Phrase de passe de la clé</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/identity.py" line="94"/>
        <source>Key passphrase again</source>
        <translation>Phrase de passe de la clé, de nouveau</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/identity.py" line="95"/>
        <source>&amp;Replace the existing identity (its key is lost; reports already signed stay valid)</source>
        <translation>&amp;Remplacer l&apos;identité existante (sa clé est perdue; les rapports déjà signés restent valides)</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/identity.py" line="97"/>
        <source>Replace the existing identity</source>
        <translation>Remplacer l&apos;identité existante</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/identity.py" line="98"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/identity.py" line="99"/>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organisme&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/identity.py" line="100"/>
        <source>&amp;E-mail:</source>
        <translation>&amp;Courriel&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/identity.py" line="101"/>
        <source>Key &amp;passphrase:</source>
        <translation>&amp;Phrase de passe de la clé&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/identity.py" line="102"/>
        <source>&amp;Again:</source>
        <translation>De &amp;nouveau&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/identity.py" line="106"/>
        <source>The key passphrase protects your private signing key and is asked for every time you sign. Nothing can recover it: if it is forgotten, create a new identity. It is separate from the database passphrase.</source>
        <translation>La phrase de passe de la clé protège votre clé privée de signature et est demandée à chaque signature. Rien ne permet de la récupérer&#xa0;: si vous l&apos;oubliez, créez une nouvelle identité. Elle est distincte de la phrase de passe de la base de données.</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/identity.py" line="109"/>
        <source>&amp;Create personal certificate</source>
        <translation>&amp;Créer un certificat personnel</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/identity.py" line="111"/>
        <source>Create a self-signed signing identity</source>
        <translation>Créer une identité de signature autosignée</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/identity.py" line="112"/>
        <source>Re&amp;quest from my CA…</source>
        <translation>&amp;Demander à mon AC…</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/identity.py" line="130"/>
        <source>Import &amp;issued certificate…</source>
        <translation>Importer le certificat &amp;délivré…</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/identity.py" line="144"/>
        <source>Import PKCS#&amp;12 file…</source>
        <translation>Importer un fichier PKCS#&amp;12…</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/identity.py" line="158"/>
        <source>A&amp;dd root certificate…</source>
        <translation>&amp;Ajouter un certificat racine…</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/identity.py" line="114"/>
        <source>Create a certificate request for the organisation&apos;s CA</source>
        <translation>Créer une demande de certificat pour l&apos;autorité de certification de l&apos;organisme</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/identity.py" line="116"/>
        <source>Creates the key here and saves a request file for your organisation&apos;s certificate authority; import the certificate it issues on the Import tab</source>
        <translation>Crée la clé ici et enregistre un fichier de demande pour l&apos;autorité de certification de votre organisme; importez le certificat qu&apos;elle délivre dans l&apos;onglet Importer</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/identity.py" line="129"/>
        <source>Certificate issued by your organisation&apos;s CA for the request made here:</source>
        <translation>Certificat délivré par l&apos;autorité de certification de votre organisme pour la demande faite ici&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/identity.py" line="131"/>
        <source>Import the issued certificate</source>
        <translation>Importer le certificat délivré</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/identity.py" line="134"/>
        <source>Or a key with its certificate in a PKCS#12 file (.p12, .pfx). The key is stored again under the new key passphrase below.</source>
        <translation>Ou une clé avec son certificat dans un fichier PKCS#12 (.p12, .pfx). La clé est enregistrée de nouveau sous la nouvelle phrase de passe ci-dessous.</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/identity.py" line="137"/>
        <source>PKCS#12 file passphrase</source>
        <translation>Phrase de passe du fichier PKCS#12</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/identity.py" line="138"/>
        <source>New key passphrase</source>
        <translation>Nouvelle phrase de passe de la clé</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/identity.py" line="139"/>
        <source>New key passphrase again</source>
        <translation>Nouvelle phrase de passe de la clé, de nouveau</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/identity.py" line="140"/>
        <source>&amp;File passphrase:</source>
        <translation>Phrase de passe du &amp;fichier&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/identity.py" line="141"/>
        <source>New &amp;key passphrase:</source>
        <translation>Nouvelle phrase de passe de la &amp;clé&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/identity.py" line="142"/>
        <source>A&amp;gain:</source>
        <translation>De n&amp;ouveau&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/identity.py" line="145"/>
        <source>Import a PKCS#12 file</source>
        <translation>Importer un fichier PKCS#12</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/identity.py" line="153"/>
        <source>Root certificates of your organisation: reports signed with certificates they issued are shown as trusted when verified on this computer.</source>
        <translation>Certificats racines de votre organisme&#xa0;: les rapports signés avec des certificats qu&apos;ils ont délivrés sont montrés comme approuvés lorsqu&apos;ils sont vérifiés sur cet ordinateur.</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/identity.py" line="156"/>
        <source>Trusted root certificates</source>
        <translation>Certificats racines approuvés</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/identity.py" line="159"/>
        <source>Add a trusted root certificate</source>
        <translation>Ajouter un certificat racine approuvé</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/identity.py" line="163"/>
        <source>Identity actions</source>
        <translation>Actions sur l&apos;identité</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/identity.py" line="164"/>
        <source>New identity</source>
        <translation>Nouvelle identité</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/identity.py" line="165"/>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/identity.py" line="166"/>
        <source>Trusted roots</source>
        <translation>Racines approuvées</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/identity.py" line="169"/>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/identity.py" line="201"/>
        <source> (self-signed)</source>
        <translation> (autosigné)</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/identity.py" line="203"/>
        <source>%1 to %2 (UTC)</source>
        <translation>du %1 au %2 (UTC)</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/identity.py" line="207"/>
        <source>A certificate request is waiting for your CA; import the certificate it issues.</source>
        <translation>Une demande de certificat attend votre autorité de certification; importez le certificat qu&apos;elle délivre.</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/identity.py" line="209"/>
        <source>No signing identity on this computer yet.</source>
        <translation>Aucune identité de signature sur cet ordinateur pour l&apos;instant.</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/identity.py" line="234"/>
        <source>The key passphrase needs at least %1 characters.</source>
        <translation>La phrase de passe de la clé doit compter au moins %1 caractères.</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/identity.py" line="239"/>
        <source>The two key passphrases differ. Nothing was created.</source>
        <translation>Les deux phrases de passe de la clé diffèrent. Rien n&apos;a été créé.</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/identity.py" line="288"/>
        <source>Created a personal signing certificate for %1. Give readers the certificate (Save certificate for others…) so they can check your reports.</source>
        <translation>Certificat personnel de signature créé pour %1. Remettez le certificat aux lecteurs (Enregistrer le certificat pour d&apos;autres…) pour qu&apos;ils puissent vérifier vos rapports.</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/identity.py" line="309"/>
        <location filename="../../desktop/tally/ui/identity.py" line="366"/>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d&apos;écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/identity.py" line="312"/>
        <source>Saved the certificate request %1. Send it to your organisation&apos;s CA, then import the certificate it issues (Import tab).</source>
        <translation>Demande de certificat %1 enregistrée. Envoyez-la à l&apos;autorité de certification de votre organisme, puis importez le certificat qu&apos;elle délivre (onglet Importer).</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/identity.py" line="325"/>
        <source>Imported the certificate issued to %1.</source>
        <translation>Certificat délivré à %1 importé.</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/identity.py" line="342"/>
        <source>Imported the signing identity of %1.</source>
        <translation>Identité de signature de %1 importée.</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/identity.py" line="353"/>
        <source>Now trusted: %1</source>
        <translation>Désormais approuvé&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/identity.py" line="361"/>
        <source>There is no signing certificate to save.</source>
        <translation>Il n&apos;y a aucun certificat de signature à enregistrer.</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/identity.py" line="369"/>
        <source>Saved the certificate %1.</source>
        <translation>Certificat %1 enregistré.</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/identity.py" line="375"/>
        <source>tick &apos;Replace the existing identity&apos; to replace it</source>
        <translation>cochez « Remplacer l&apos;identité existante » pour la remplacer</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/identity.py" line="381"/>
        <source>Save certificate request</source>
        <translation>Enregistrer la demande de certificat</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/identity.py" line="382"/>
        <source>Certificate request (*.pem *.csr)</source>
        <translation>Demande de certificat (*.pem *.csr)</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/identity.py" line="388"/>
        <source>Issued certificate</source>
        <translation>Certificat délivré</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/identity.py" line="389"/>
        <location filename="../../desktop/tally/ui/identity.py" line="403"/>
        <source>Certificates (*.pem *.crt *.cer *.der);;All files (*)</source>
        <translation>Certificats (*.pem *.crt *.cer *.der);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/identity.py" line="395"/>
        <source>PKCS#12 file</source>
        <translation>Fichier PKCS#12</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/identity.py" line="396"/>
        <source>PKCS#12 (*.p12 *.pfx);;All files (*)</source>
        <translation>PKCS#12 (*.p12 *.pfx);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/identity.py" line="402"/>
        <source>Root certificate</source>
        <translation>Certificat racine</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/identity.py" line="409"/>
        <source>Save signing certificate</source>
        <translation>Enregistrer le certificat de signature</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/identity.py" line="410"/>
        <source>Certificate (*.pem)</source>
        <translation>Certificat (*.pem)</translation>
    </message>
</context>
<context>
    <name>InstrumentCard</name>
    <message>
        <location filename="../../desktop/tally/ui/training/progress.py" line="95"/>
        <source>Proficient</source>
        <translation>Compétent</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/training/progress.py" line="95"/>
        <source>In progress</source>
        <translation>En cours</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/training/progress.py" line="100"/>
        <source>%1 of %2 scored cases at ≥ %3 · %4</source>
        <translation>%1 des %2 cas cotés à ≥ %3 · %4</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/training/progress.py" line="109"/>
        <source>Cases done: %1 (%8 scorings) · attempts: %2 · first-attempt item agreement: %3 · kappa: %4 · weighted kappa (quadratic): %5 · band kappa: %6 · ICC(A,1) of totals: %7</source>
        <translation>Cas faits&#xa0;: %1 (%8 cotations) · tentatives&#xa0;: %2 · concordance des items au premier essai&#xa0;: %3 · kappa&#xa0;: %4 · kappa pondéré (quadratique)&#xa0;: %5 · kappa des catégories&#xa0;: %6 · CCI(A,1) des totaux&#xa0;: %7</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/training/progress.py" line="124"/>
        <source>Agreement is the share of items scored as the reference scored them. Kappa corrects it for the agreement chance alone would give: 1 is perfect, 0 no better than chance.</source>
        <translation>L&apos;accord est la part des items cotés comme la référence les a cotés. Le kappa le corrige de l&apos;accord que le seul hasard donnerait&#xa0;: 1 est parfait, 0 ne fait pas mieux que le hasard.</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/training/progress.py" line="135"/>
        <source>Why is kappa low beside %1 agreement? When nearly every item has the same score (most are 0 in these cases), chance alone would agree that often, so kappa stays near 0. It rises as more cases with varied scores are done; read it together with the agreement.</source>
        <translation>Pourquoi le kappa est-il bas à côté d&apos;un accord de %1&#xa0;? Quand presque tous les items ont la même cote (la plupart valent 0 dans ces cas), le seul hasard donnerait un accord aussi fréquent, et le kappa reste près de 0. Il augmente à mesure que des cas aux cotes plus variées sont faits&#xa0;; lisez-le avec l&apos;accord.</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/training/progress.py" line="145"/>
        <source>Most often missed: %1</source>
        <translation>Items les plus souvent manqués&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/training/progress.py" line="145"/>
        <source>none</source>
        <translation>aucun</translation>
    </message>
</context>
<context>
    <name>InstrumentChoiceDialog</name>
    <message>
        <location filename="../../desktop/tally/ui/instrument_choice.py" line="223"/>
        <source>Choose an instrument for case %1</source>
        <translation>Choisir un instrument pour le dossier %1</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/instrument_choice.py" line="225"/>
        <source>Choose an instrument</source>
        <translation>Choisir un instrument</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/instrument_choice.py" line="232"/>
        <source>Instruments for case %1 (%2). Those that apply come first; each says why, from the form&apos;s rules and this case&apos;s facts.</source>
        <translation>Instruments pour le dossier %1 (%2). Ceux qui s&apos;appliquent viennent en premier; chacun dit pourquoi, d&apos;après les règles du formulaire et les faits du dossier.</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/instrument_choice.py" line="236"/>
        <source>Instruments</source>
        <translation>Instruments</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/instrument_choice.py" line="240"/>
        <source>Why this instrument applies or not</source>
        <translation>Pourquoi cet instrument s&apos;applique ou non</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/instrument_choice.py" line="249"/>
        <source>Assessment date</source>
        <translation>Date de l&apos;évaluation</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/instrument_choice.py" line="253"/>
        <source>Assessment &amp;date:</source>
        <translation>&amp;Date de l&apos;évaluation&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/instrument_choice.py" line="255"/>
        <source>&amp;Start assessment</source>
        <translation>&amp;Commencer l&apos;évaluation</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/instrument_choice.py" line="258"/>
        <source>Start assessment</source>
        <translation>Commencer l&apos;évaluation</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/instrument_choice.py" line="261"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/instrument_choice.py" line="294"/>
        <location filename="../../desktop/tally/ui/instrument_choice.py" line="337"/>
        <source>Write the assessment date as YYYY-MM-DD.</source>
        <translation>Écrivez la date de l&apos;évaluation sous la forme AAAA-MM-JJ.</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/instrument_choice.py" line="341"/>
        <source>The assessment date cannot be in the future.</source>
        <translation>La date de l&apos;évaluation ne peut pas être dans le futur.</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/instrument_choice.py" line="352"/>
        <source>Criteria not met</source>
        <translation>Critères non remplis</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/instrument_choice.py" line="353"/>
        <source>%1 does not meet its scoring criteria for this case.</source>
        <translation>%1 ne remplit pas ses critères de cotation pour ce dossier.</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/instrument_choice.py" line="356"/>
        <source>Score it anyway (for example for research or a second opinion)?</source>
        <translation>Le coter quand même (par exemple pour la recherche ou un deuxième avis)?</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/instrument_choice.py" line="357"/>
        <source>Score anyway</source>
        <translation>Coter quand même</translation>
    </message>
</context>
<context>
    <name>ItemPage</name>
    <message>
        <location filename="../../desktop/tally/ui/assessment/item_page.py" line="176"/>
        <source>Consistency check</source>
        <translation>Vérification de cohérence</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/assessment/item_page.py" line="183"/>
        <source>How this item was derived</source>
        <translation>Comment cet item a été déduit</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/assessment/item_page.py" line="210"/>
        <source>No admission and no diagnosis on file</source>
        <translation>Ni aveu ni diagnostic au dossier</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/assessment/item_page.py" line="217"/>
        <source>Unlink</source>
        <translation>Délier</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/assessment/item_page.py" line="218"/>
        <source>Unlink the CASIC from this item</source>
        <translation>Délier le CASIC de cet item</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/assessment/item_page.py" line="234"/>
        <source>Score (press the key shown)</source>
        <translation>Cote (appuyez sur la touche indiquée)</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/assessment/item_page.py" line="242"/>
        <source>&amp;Rationale (Ctrl+E)</source>
        <translation>&amp;Justification (Ctrl+E)</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/assessment/item_page.py" line="246"/>
        <source>Rationale</source>
        <translation>Justification</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/assessment/item_page.py" line="248"/>
        <source>Why this score: the evidence you relied on. Saved as you type.</source>
        <translation>Pourquoi cette cote&#xa0;: les éléments sur lesquels vous vous appuyez. Enregistré au fil de la saisie.</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/assessment/item_page.py" line="250"/>
        <source>Why this score: the evidence you relied on</source>
        <translation>Pourquoi cette cote&#xa0;: les éléments sur lesquels vous vous appuyez</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/assessment/item_page.py" line="255"/>
        <source>Information sources (Alt+I)</source>
        <translation>Sources d&apos;information (Alt+I)</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/assessment/item_page.py" line="262"/>
        <source>Source: %1</source>
        <translation>Source&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/assessment/item_page.py" line="321"/>
        <source>Item %1 of %2 · %3</source>
        <translation>Item %1 sur %2 · %3</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/assessment/item_page.py" line="381"/>
        <source>Not entered</source>
        <translation>Non saisi</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/assessment/item_page.py" line="441"/>
        <source>%1, %2 points, key %3</source>
        <translation>%1, %2 points, touche %3</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/assessment/item_page.py" line="462"/>
        <source>Enter the counts below and Tally applies the table, or score it by hand.</source>
        <translation>Saisissez les nombres ci-dessous et Tally applique le tableau, ou cotez l&apos;item à la main.</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/assessment/item_page.py" line="465"/>
        <source>Could not be derived from the case facts (%1). Score it by hand.</source>
        <translation>Impossible de le déduire des faits du dossier (%1). Cotez-le à la main.</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/assessment/item_page.py" line="472"/>
        <source>Derived from case facts: %1 → %2 (%3).</source>
        <translation>Déduit des faits du dossier&#xa0;: %1 → %2 (%3).</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/assessment/item_page.py" line="478"/>
        <source>Overridden by hand. Reason: %1</source>
        <translation>Remplacé à la main. Motif&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/assessment/item_page.py" line="481"/>
        <source>Use the derived value (Ctrl+D)</source>
        <translation>Utiliser la valeur déduite (Ctrl+D)</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/assessment/item_page.py" line="482"/>
        <source>Use the derived value</source>
        <translation>Utiliser la valeur déduite</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/assessment/item_page.py" line="484"/>
        <source>Override… (Ctrl+D)</source>
        <translation>Remplacer… (Ctrl+D)</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/assessment/item_page.py" line="485"/>
        <source>Override the derived value</source>
        <translation>Remplacer la valeur déduite</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/assessment/item_page.py" line="494"/>
        <source>Not scored for this case.</source>
        <translation>Non coté pour ce dossier.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop/tally/ui/main_window.py" line="51"/>
        <location filename="../../desktop/tally/ui/main_window.py" line="52"/>
        <location filename="../../desktop/tally/ui/main_window.py" line="409"/>
        <source>Tally</source>
        <translation>Tally</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/main_window.py" line="130"/>
        <source>&amp;New case…</source>
        <translation>&amp;Nouveau dossier…</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/main_window.py" line="131"/>
        <source>&amp;Find case</source>
        <translation>&amp;Chercher un dossier</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/main_window.py" line="132"/>
        <source>Go to case &amp;list</source>
        <translation>Aller à la &amp;liste des dossiers</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/main_window.py" line="134"/>
        <source>Go to case &amp;profile</source>
        <translation>Aller au &amp;profil du dossier</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/main_window.py" line="136"/>
        <source>&amp;Edit profile</source>
        <translation>&amp;Modifier le profil</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/main_window.py" line="138"/>
        <source>&amp;Add instrument…</source>
        <translation>&amp;Ajouter un instrument…</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/main_window.py" line="140"/>
        <source>&amp;Open selected assessment</source>
        <translation>&amp;Ouvrir l&apos;évaluation sélectionnée</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/main_window.py" line="142"/>
        <source>&amp;Close tab</source>
        <translation>&amp;Fermer l&apos;onglet</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/main_window.py" line="143"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Paramètres…</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/main_window.py" line="145"/>
        <source>&amp;Lock</source>
        <translation>&amp;Verrouiller</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/main_window.py" line="146"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/main_window.py" line="147"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/main_window.py" line="149"/>
        <source>&amp;Training (fictional cases)…</source>
        <translation>&amp;Formation (cas fictifs)…</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/main_window.py" line="151"/>
        <source>Sign and &amp;export PDF…</source>
        <translation>Signer et &amp;exporter en PDF…</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/main_window.py" line="153"/>
        <source>&amp;Verify a signed PDF…</source>
        <translation>Vérifier un PDF &amp;signé…</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/main_window.py" line="155"/>
        <source>Signing &amp;identity…</source>
        <translation>&amp;Identité de signature…</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/main_window.py" line="157"/>
        <source>Local &amp;validation…</source>
        <translation>&amp;Validation locale…</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/main_window.py" line="159"/>
        <source>Local content &amp;review…</source>
        <translation>Révision locale du cont&amp;enu…</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/main_window.py" line="161"/>
        <source>&amp;Back up database…</source>
        <translation>&amp;Sauvegarder la base de données…</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/main_window.py" line="162"/>
        <source>Res&amp;tore from backup…</source>
        <translation>Res&amp;taurer depuis une sauvegarde…</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/main_window.py" line="164"/>
        <source>Change &amp;passphrase…</source>
        <translation>Changer la &amp;phrase de passe…</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/main_window.py" line="166"/>
        <source>&amp;Audit trail…</source>
        <translation>Journal d&apos;&amp;audit…</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/main_window.py" line="167"/>
        <source>&amp;Delete case…</source>
        <translation>&amp;Supprimer le dossier…</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/main_window.py" line="169"/>
        <source>Cases past &amp;retention…</source>
        <translation>Dossiers au-delà de la &amp;conservation…</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/main_window.py" line="171"/>
        <source>Report conte&amp;xt…</source>
        <translation>Conte&amp;xte du rapport…</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/main_window.py" line="174"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/main_window.py" line="183"/>
        <source>&amp;Case</source>
        <translation>&amp;Dossier</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/main_window.py" line="191"/>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/main_window.py" line="218"/>
        <location filename="../../desktop/tally/ui/main_window.py" line="221"/>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/main_window.py" line="270"/>
        <source>Tally database</source>
        <translation>Base de données Tally</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/main_window.py" line="271"/>
        <source>Tally database (*.db);;All files (*)</source>
        <translation>Base de données Tally (*.db);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/main_window.py" line="340"/>
        <source>That passphrase does not open this database. Nothing was changed.</source>
        <translation>Cette phrase de passe n&apos;ouvre pas cette base de données. Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/main_window.py" line="379"/>
        <source>While opening the database</source>
        <translation>À l&apos;ouverture de la base de données</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/main_window.py" line="380"/>
        <source>Tally did this while opening the database:</source>
        <translation>Voici ce que Tally a fait en ouvrant la base de données&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/main_window.py" line="431"/>
        <source>Back up the database to</source>
        <translation>Sauvegarder la base de données dans</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/main_window.py" line="432"/>
        <location filename="../../desktop/tally/ui/main_window.py" line="467"/>
        <source>Tally backups (*.db);;All files (*)</source>
        <translation>Sauvegardes Tally (*.db);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/main_window.py" line="438"/>
        <location filename="../../desktop/tally/ui/main_window.py" line="443"/>
        <location filename="../../desktop/tally/ui/main_window.py" line="448"/>
        <source>Back up the database</source>
        <translation>Sauvegarder la base de données</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/main_window.py" line="439"/>
        <source>%1 already exists. Choose a new name: a backup never replaces a file.</source>
        <translation>%1 existe déjà. Choisissez un nouveau nom&#xa0;: une sauvegarde ne remplace jamais un fichier.</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/main_window.py" line="444"/>
        <source>Writing the encrypted backup…</source>
        <translation>Écriture de la sauvegarde chiffrée…</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/main_window.py" line="449"/>
        <source>No backup was made: %1</source>
        <translation>Aucune sauvegarde n&apos;a été faite&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/main_window.py" line="452"/>
        <source>Encrypted backup written to %1</source>
        <translation>Sauvegarde chiffrée écrite dans %1</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/main_window.py" line="466"/>
        <source>Restore from the backup</source>
        <translation>Restaurer depuis la sauvegarde</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/main_window.py" line="477"/>
        <location filename="../../desktop/tally/ui/main_window.py" line="482"/>
        <location filename="../../desktop/tally/ui/main_window.py" line="487"/>
        <source>Restore from a backup</source>
        <translation>Restaurer depuis une sauvegarde</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/main_window.py" line="478"/>
        <source>Checking the backup completely, then putting it in place of the database…</source>
        <translation>Vérification complète de la sauvegarde, puis remplacement de la base de données…</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/main_window.py" line="483"/>
        <source>The backup was not restored: %1</source>
        <translation>La sauvegarde n&apos;a pas été restaurée&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/main_window.py" line="485"/>
        <source> The previous database is kept as %1.</source>
        <translation> La base de données précédente est conservée sous le nom %1.</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/main_window.py" line="488"/>
        <source>The database was restored from %1.</source>
        <translation>La base de données a été restaurée depuis %1.</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/main_window.py" line="489"/>
        <source>Unlock it with the backup&apos;s passphrase.</source>
        <translation>Déverrouillez-la avec la phrase de passe de la sauvegarde.</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/main_window.py" line="505"/>
        <source>Passphrase changed: the database is encrypted with the new one.</source>
        <translation>Phrase de passe changée&#xa0;: la base de données est chiffrée avec la nouvelle.</translation>
    </message>
</context>
<context>
    <name>Navigator</name>
    <message>
        <location filename="../../desktop/tally/ui/assessment/navigator.py" line="49"/>
        <source>Items (Ctrl+J)</source>
        <translation>Items (Ctrl+J)</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/assessment/navigator.py" line="51"/>
        <source>Every item with its state; Enter or a click opens it</source>
        <translation>Chaque item avec son état; Entrée ou un clic l&apos;ouvre</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/assessment/navigator.py" line="100"/>
        <source>Item %1, %2: %3, score %4</source>
        <translation>Item %1, %2&#xa0;: %3, cote %4</translation>
    </message>
</context>
<context>
    <name>NeedsProfile</name>
    <message>
        <location filename="../../desktop/tally/ui/assessment/needs_profile.py" line="34"/>
        <source>higher</source>
        <translation>plus élevé</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/assessment/needs_profile.py" line="36"/>
        <source>lower</source>
        <translation>plus bas</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/assessment/needs_profile.py" line="37"/>
        <source>same</source>
        <translation>identique</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/assessment/needs_profile.py" line="41"/>
        <source>Needs profile: treatment and supervision targets</source>
        <translation>Profil des besoins&#xa0;: cibles de traitement et de surveillance</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/assessment/needs_profile.py" line="47"/>
        <source>No item is scored 1 or 2: no target from this tool.</source>
        <translation>Aucun item n&apos;est coté 1 ou 2&#xa0;: aucune cible tirée de cet outil.</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/assessment/needs_profile.py" line="61"/>
        <source>previously %1, %2</source>
        <translation>auparavant %1, %2</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/assessment/needs_profile.py" line="72"/>
        <source>Change since %1 (version %2)</source>
        <translation>Changement depuis le %1 (version %2)</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/assessment/needs_profile.py" line="97"/>
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/assessment/needs_profile.py" line="97"/>
        <source>Before</source>
        <translation>Avant</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/assessment/needs_profile.py" line="98"/>
        <source>Now</source>
        <translation>Maintenant</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/assessment/needs_profile.py" line="98"/>
        <source>Change</source>
        <translation>Changement</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/assessment/needs_profile.py" line="107"/>
        <source>Total before %1, now %2.</source>
        <translation>Total auparavant %1, maintenant %2.</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/assessment/needs_profile.py" line="118"/>
        <source>No earlier assessment of this instrument for this case: change will show from the next one.</source>
        <translation>Aucune évaluation antérieure de cet instrument pour ce dossier&#xa0;: le changement paraîtra à partir de la prochaine.</translation>
    </message>
</context>
<context>
    <name>NewCaseDialog</name>
    <message>
        <location filename="../../desktop/tally/ui/case_profile.py" line="761"/>
        <location filename="../../desktop/tally/ui/case_profile.py" line="762"/>
        <source>New case</source>
        <translation>Nouveau dossier</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/case_profile.py" line="764"/>
        <source>Pseudonymous case id</source>
        <translation>Identifiant pseudonyme du dossier</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/case_profile.py" line="765"/>
        <source>Use a pseudonym or file number, never a name.</source>
        <translation>Utilisez un pseudonyme ou un numéro de dossier, jamais un nom.</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/case_profile.py" line="767"/>
        <source>Case &amp;id:</source>
        <translation>&amp;Identifiant du dossier&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/case_profile.py" line="770"/>
        <source>&amp;Create case</source>
        <translation>&amp;Créer le dossier</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/case_profile.py" line="785"/>
        <source>Enter a case id.</source>
        <translation>Entrez un identifiant de dossier.</translation>
    </message>
</context>
<context>
    <name>OspFacts</name>
    <message>
        <location filename="../../desktop/tally/ui/osp_facts.py" line="28"/>
        <source>Contact adult sexual sanctions</source>
        <translation>Sanctions sexuelles avec contact, victime adulte</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/osp_facts.py" line="30"/>
        <source>Sanction occasions for sexual offences with physical contact with an adult victim; the current one included.</source>
        <translation>Occasions de sanction pour des infractions sexuelles avec contact physique avec une victime adulte; l&apos;actuelle comprise.</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/osp_facts.py" line="33"/>
        <source>Contact child sexual sanctions</source>
        <translation>Sanctions sexuelles avec contact, victime enfant</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/osp_facts.py" line="35"/>
        <source>As above, with a child victim. Image offences never count here.</source>
        <translation>Comme ci-dessus, avec une victime enfant. Les infractions d&apos;images ne comptent jamais ici.</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/osp_facts.py" line="37"/>
        <source>Non-contact sexual offences</source>
        <translation>Infractions sexuelles sans contact</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/osp_facts.py" line="39"/>
        <source>Exposure, voyeurism, sexual communication...: indecent-image offences excluded.</source>
        <translation>Exhibitionnisme, voyeurisme, communication sexuelle…&#xa0;: infractions d&apos;images indécentes exclues.</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/osp_facts.py" line="41"/>
        <source>Indecent-image sanctions</source>
        <translation>Sanctions pour images indécentes</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/osp_facts.py" line="42"/>
        <source>Sanction occasions for making, possessing or distributing indecent images of children (one day in court = one).</source>
        <translation>Occasions de sanction pour avoir produit, possédé ou distribué des images indécentes d&apos;enfants (un jour au tribunal = une).</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/osp_facts.py" line="45"/>
        <source>Sanctions for all offences</source>
        <translation>Sanctions pour toutes les infractions</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/osp_facts.py" line="46"/>
        <source>Every conviction, caution, reprimand or warning on the PNC print, once per occasion: 1 to 999.</source>
        <translation>Chaque condamnation, mise en garde, réprimande ou avertissement sur l&apos;extrait du PNC, une fois par occasion&#xa0;: 1 à 999.</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/osp_facts.py" line="51"/>
        <source>Start of follow-up</source>
        <translation>Début du suivi</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/osp_facts.py" line="52"/>
        <source>Normally the release date (custody) or the date of sentence (community), as OASys holds it.</source>
        <translation>Normalement la date de mise en liberté (détention) ou la date de la peine (collectivité), telle qu&apos;OASys la conserve.</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/osp_facts.py" line="54"/>
        <source>Most recent sexual offence</source>
        <translation>Infraction sexuelle la plus récente</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/osp_facts.py" line="55"/>
        <source>The date it was committed (not convicted): OSP/DC measures age and the five years from it.</source>
        <translation>La date où elle a été commise (pas la condamnation)&#xa0;: l&apos;OSP/DC mesure l&apos;âge et les cinq ans à partir de celle-ci.</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/osp_facts.py" line="58"/>
        <source>Most recent offence (any)</source>
        <translation>Infraction la plus récente (toute infraction)</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/osp_facts.py" line="59"/>
        <source>For the five-year risk reduction; the published code skips it when not recorded.</source>
        <translation>Pour la réduction du risque après cinq ans; le code publié l&apos;ignore lorsqu&apos;elle n&apos;est pas consignée.</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/osp_facts.py" line="64"/>
        <source>Current offence against a stranger</source>
        <translation>Infraction actuelle contre un inconnu</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/osp_facts.py" line="65"/>
        <source>No for an image offence with no victim he met.</source>
        <translation>Non pour une infraction d&apos;images sans victime qu&apos;il a rencontrée.</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/osp_facts.py" line="66"/>
        <source>In custody now</source>
        <translation>En détention actuellement</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/osp_facts.py" line="67"/>
        <source>OASys supervision status custody; remand is not custody. Blocks the risk reduction.</source>
        <translation>Statut de surveillance OASys « détention »; la détention provisoire n&apos;en est pas. Empêche la réduction du risque.</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/osp_facts.py" line="81"/>
        <source>OSP counts and dates: not recorded</source>
        <translation>Nombres et dates OSP&#xa0;: non consignés</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/osp_facts.py" line="82"/>
        <source>OSP counts and dates: %1 of %2 recorded</source>
        <translation>Nombres et dates OSP&#xa0;: %1 sur %2 consignés</translation>
    </message>
</context>
<context>
    <name>OspFactsDialog</name>
    <message>
        <location filename="../../desktop/tally/ui/osp_facts.py" line="92"/>
        <source>OSP/DC and OSP/IIC: counts and dates</source>
        <translation>OSP/DC et OSP/IIC&#xa0;: nombres et dates</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/osp_facts.py" line="97"/>
        <source>Entered once for the case; both OSP forms derive their items from these. Count from the PNC print and OASys: a sanction is a conviction, caution, reprimand or warning, once per occasion, the current one included.</source>
        <translation>Saisis une fois pour le dossier; les deux formulaires OSP en déduisent leurs items. Comptez d&apos;après l&apos;extrait du PNC et OASys&#xa0;: une sanction est une condamnation, une mise en garde, une réprimande ou un avertissement, une fois par occasion, l&apos;actuelle comprise.</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/osp_facts.py" line="104"/>
        <source>Not recorded</source>
        <translation>Non consigné</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/osp_facts.py" line="110"/>
        <source>YYYY-MM-DD</source>
        <translation>AAAA-MM-JJ</translation>
    </message>
</context>
<context>
    <name>Outcomes</name>
    <message>
        <location filename="../../desktop/tally/ui/case_outcomes.py" line="29"/>
        <source>Release</source>
        <translation>Mise en liberté</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/case_outcomes.py" line="30"/>
        <source>Assessment date (in the community)</source>
        <translation>Date de l&apos;évaluation (dans la collectivité)</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/case_outcomes.py" line="33"/>
        <source>Not ended yet</source>
        <translation>Pas encore terminé</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/case_outcomes.py" line="34"/>
        <source>Last records check</source>
        <translation>Dernière vérification des dossiers</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/case_outcomes.py" line="35"/>
        <source>Death</source>
        <translation>Décès</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/case_outcomes.py" line="36"/>
        <source>Deportation</source>
        <translation>Expulsion</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/case_outcomes.py" line="39"/>
        <source>Any sexual (type unknown)</source>
        <translation>Toute infraction sexuelle (type inconnu)</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/case_outcomes.py" line="40"/>
        <source>Contact sexual</source>
        <translation>Sexuelle avec contact</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/case_outcomes.py" line="41"/>
        <source>CSEM</source>
        <translation>MESE</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/case_outcomes.py" line="42"/>
        <source>Violent (non-sexual)</source>
        <translation>Violente (non sexuelle)</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/case_outcomes.py" line="43"/>
        <source>Any other offence</source>
        <translation>Toute autre infraction</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/case_outcomes.py" line="46"/>
        <source>Charge</source>
        <translation>Accusation</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/case_outcomes.py" line="47"/>
        <source>Conviction</source>
        <translation>Condamnation</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/case_outcomes.py" line="64"/>
        <source>YYYY-MM-DD</source>
        <translation>AAAA-MM-JJ</translation>
    </message>
</context>
<context>
    <name>OutcomesCard</name>
    <message>
        <location filename="../../desktop/tally/ui/case_outcomes.py" line="84"/>
        <source>Follow-up (for local validation; never in reports)</source>
        <translation>Suivi (pour la validation locale; jamais dans les rapports)</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/case_outcomes.py" line="87"/>
        <source>Synthetic data warning</source>
        <translation>Avertissement&#xa0;: données synthétiques</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/case_outcomes.py" line="90"/>
        <source>Start of follow-up</source>
        <translation>Début du suivi</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/case_outcomes.py" line="91"/>
        <source>Follow-up starts at</source>
        <translation>Le suivi commence à</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/case_outcomes.py" line="92"/>
        <source>End of follow-up</source>
        <translation>Fin du suivi</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/case_outcomes.py" line="93"/>
        <source>Reason follow-up ended</source>
        <translation>Motif de la fin du suivi</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/case_outcomes.py" line="94"/>
        <source>Save follow-&amp;up</source>
        <translation>Enregistrer le s&amp;uivi</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/case_outcomes.py" line="95"/>
        <source>Save the follow-up period</source>
        <translation>Enregistrer la période de suivi</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/case_outcomes.py" line="98"/>
        <source>Starts:</source>
        <translation>Début&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/case_outcomes.py" line="99"/>
        <source>At:</source>
        <translation>À&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/case_outcomes.py" line="100"/>
        <source>Ends:</source>
        <translation>Fin&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/case_outcomes.py" line="101"/>
        <source>Because:</source>
        <translation>Motif&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/case_outcomes.py" line="108"/>
        <source>Event</source>
        <translation>Événement</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/case_outcomes.py" line="108"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/case_outcomes.py" line="108"/>
        <source>Basis</source>
        <translation>Fondement</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/case_outcomes.py" line="108"/>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/case_outcomes.py" line="109"/>
        <source>Recidivism events</source>
        <translation>Événements de récidive</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/case_outcomes.py" line="119"/>
        <source>Event type</source>
        <translation>Type d&apos;événement</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/case_outcomes.py" line="120"/>
        <source>Event date</source>
        <translation>Date de l&apos;événement</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/case_outcomes.py" line="121"/>
        <source>Basis of the event</source>
        <translation>Fondement de l&apos;événement</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/case_outcomes.py" line="123"/>
        <source>Source of the event</source>
        <translation>Source de l&apos;événement</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/case_outcomes.py" line="124"/>
        <source>e.g. police records check</source>
        <translation>p. ex. vérification des dossiers de police</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/case_outcomes.py" line="125"/>
        <source>Add &amp;event</source>
        <translation>Ajouter un &amp;événement</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/case_outcomes.py" line="126"/>
        <source>Add the recidivism event</source>
        <translation>Ajouter l&apos;événement de récidive</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/case_outcomes.py" line="127"/>
        <source>Delete event</source>
        <translation>Supprimer l&apos;événement</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/case_outcomes.py" line="128"/>
        <source>Delete the selected event</source>
        <translation>Supprimer l&apos;événement sélectionné</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/case_outcomes.py" line="138"/>
        <source>Follow-up save status</source>
        <translation>État de l&apos;enregistrement du suivi</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/case_outcomes.py" line="159"/>
        <source>SYNTHETIC demo follow-up: not a real record.</source>
        <translation>Suivi de démonstration SYNTHÉTIQUE&#xa0;: pas un vrai dossier.</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/case_outcomes.py" line="185"/>
        <source>Give both the end date and the reason follow-up ended, or neither.</source>
        <translation>Indiquez à la fois la date de fin et le motif de la fin du suivi, ou ni l&apos;un ni l&apos;autre.</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/case_outcomes.py" line="194"/>
        <source>Follow-up saved</source>
        <translation>Suivi enregistré</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/case_outcomes.py" line="211"/>
        <source>Event added</source>
        <translation>Événement ajouté</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/case_outcomes.py" line="222"/>
        <source>Select the event to delete.</source>
        <translation>Sélectionnez l&apos;événement à supprimer.</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/case_outcomes.py" line="225"/>
        <source>Event deleted</source>
        <translation>Événement supprimé</translation>
    </message>
</context>
<context>
    <name>PracticeView</name>
    <message>
        <location filename="../../desktop/tally/ui/training/practice.py" line="125"/>
        <source>Case file summary</source>
        <translation>Résumé du dossier</translation>
    </message>
</context>
<context>
    <name>Prediction</name>
    <message>
        <location filename="../../desktop/tally/ui/assessment/prediction.py" line="25"/>
        <source>otherwise (no earlier rule applied)</source>
        <translation>sinon (aucune règle précédente ne s&apos;appliquait)</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/assessment/prediction.py" line="26"/>
        <source> and </source>
        <translation> et </translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/assessment/prediction.py" line="27"/>
        <source>%1 %2 or more</source>
        <translation>%1&#xa0;: %2 ou plus</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/assessment/prediction.py" line="38"/>
        <source>no reduction from the lowest band (%1)</source>
        <translation>aucune réduction à partir du niveau le plus bas (%1)</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/assessment/prediction.py" line="41"/>
        <source>not considered: it needs %1</source>
        <translation>non examinée&#xa0;: il faut %1</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/assessment/prediction.py" line="43"/>
        <source>no reduction: %1 is yes</source>
        <translation>aucune réduction&#xa0;: « %1 » est oui</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/assessment/prediction.py" line="45"/>
        <source>no reduction: %1 is %2 full year(s) before the %3, fewer than %4</source>
        <translation>aucune réduction&#xa0;: %1, %2 année(s) complète(s) avant la %3, moins de %4</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/assessment/prediction.py" line="48"/>
        <source>lowered from %1 to %2: %3 full years or more since the %4</source>
        <translation>niveau abaissé de %1 à %2&#xa0;: au moins %3 années complètes depuis&#xa0;: %4</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/assessment/prediction.py" line="62"/>
        <source>probability %1 (no follow-up period stated)</source>
        <translation>probabilité %1 (aucune période de suivi précisée)</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/assessment/prediction.py" line="65"/>
        <source>reduced from %1</source>
        <translation>réduit depuis %1</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/assessment/prediction.py" line="67"/>
        <source>see the note: a possible defect in the published code</source>
        <translation>voir la note&#xa0;: un défaut possible du code publié</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/assessment/prediction.py" line="74"/>
        <source>No total: %1</source>
        <translation>Aucun total&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/assessment/prediction.py" line="82"/>
        <source>Probability</source>
        <translation>Probabilité</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/assessment/prediction.py" line="83"/>
        <source>fraction %1</source>
        <translation>fraction %1</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/assessment/prediction.py" line="92"/>
        <source>Decided by rule %1 of %2 (first match wins): %3.</source>
        <translation>Déterminé par la règle %1 sur %2 (la première règle satisfaite l&apos;emporte)&#xa0;: %3.</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/assessment/prediction.py" line="106"/>
        <source>1 / (1 + e^-(%1 + %2 × total)), %3 at a total of 0.</source>
        <translation>1 / (1 + e^-(%1 + %2 × total)), %3 pour un total de 0.</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/assessment/prediction.py" line="114"/>
        <source>Risk reduction applied:</source>
        <translation>Réduction du risque appliquée&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/assessment/prediction.py" line="115"/>
        <source>No risk reduction:</source>
        <translation>Aucune réduction du risque&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/assessment/prediction.py" line="116"/>
        <source>Risk reduction</source>
        <translation>Réduction du risque</translation>
    </message>
</context>
<context>
    <name>ProfileForm</name>
    <message>
        <location filename="../../desktop/tally/ui/case_profile.py" line="67"/>
        <source>Not recorded</source>
        <translation>Non consigné</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/case_profile.py" line="68"/>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/case_profile.py" line="69"/>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/case_profile.py" line="112"/>
        <source>Pseudonymous case id</source>
        <translation>Identifiant pseudonyme du dossier</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/case_profile.py" line="113"/>
        <source>A pseudonym or file number, never a name</source>
        <translation>Un pseudonyme ou un numéro de dossier, jamais un nom</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/case_profile.py" line="114"/>
        <location filename="../../desktop/tally/ui/case_profile.py" line="267"/>
        <location filename="../../desktop/tally/ui/case_profile.py" line="387"/>
        <source>Date of birth</source>
        <translation>Date de naissance</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/case_profile.py" line="115"/>
        <location filename="../../desktop/tally/ui/case_profile.py" line="390"/>
        <source>Release date</source>
        <translation>Date de mise en liberté</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/case_profile.py" line="116"/>
        <location filename="../../desktop/tally/ui/case_profile.py" line="395"/>
        <source>Index investigation date</source>
        <translation>Date de l&apos;enquête de référence</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/case_profile.py" line="118"/>
        <source>Sexual offending history</source>
        <translation>Antécédents de délinquance sexuelle</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/case_profile.py" line="122"/>
        <source>Produced CSEM with a live child</source>
        <translation>A produit du MESE avec un enfant réel</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/case_profile.py" line="123"/>
        <source>Any contact sexual offence</source>
        <translation>Toute infraction sexuelle avec contact</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/case_profile.py" line="124"/>
        <source>Any victim aged 13 or younger</source>
        <translation>Une victime de 13 ans ou moins</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/case_profile.py" line="125"/>
        <source>At the offence. STABLE-2007 item 3 is scored when this is Yes or the history is CSEM only</source>
        <translation>Au moment de l&apos;infraction. L&apos;item 3 de la STABLE-2007 est coté lorsque c&apos;est Oui ou que les antécédents sont du MESE seulement</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/case_profile.py" line="132"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/case_profile.py" line="134"/>
        <source>Referral question, sources on file, deadlines (no names)</source>
        <translation>Question de la demande, sources au dossier, échéances (aucun nom)</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/case_profile.py" line="139"/>
        <source>Save status</source>
        <translation>État de l&apos;enregistrement</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/case_profile.py" line="145"/>
        <source>Case &amp;id:</source>
        <translation>&amp;Identifiant du dossier&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/case_profile.py" line="146"/>
        <source>Date of &amp;birth:</source>
        <translation>Date de &amp;naissance&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/case_profile.py" line="147"/>
        <source>&amp;Release date:</source>
        <translation>Date de &amp;mise en liberté&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/case_profile.py" line="148"/>
        <source>Index in&amp;vestigation:</source>
        <translation>En&amp;quête de référence&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/case_profile.py" line="149"/>
        <source>Offending hi&amp;story:</source>
        <translation>&amp;Antécédents&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/case_profile.py" line="152"/>
        <source>Victim 13 or youn&amp;ger:</source>
        <translation>Victime de 13 ans ou &amp;moins&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/case_profile.py" line="153"/>
        <source>OSP:</source>
        <translation>OSP&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/case_profile.py" line="157"/>
        <source>&amp;Notes:</source>
        <translation>N&amp;otes&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/case_profile.py" line="150"/>
        <source>CSEM &amp;production:</source>
        <translation>&amp;Production de MESE&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/case_profile.py" line="151"/>
        <source>Con&amp;tact offence:</source>
        <translation>Infraction avec &amp;contact&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/case_profile.py" line="235"/>
        <source>Edits discarded</source>
        <translation>Modifications abandonnées</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/case_profile.py" line="254"/>
        <source>Not saved: the change was not confirmed</source>
        <translation>Non enregistré&#xa0;: le changement n&apos;a pas été confirmé</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/case_profile.py" line="267"/>
        <source>Case id</source>
        <translation>Identifiant du dossier</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/case_profile.py" line="269"/>
        <source>%1: %2 → %3</source>
        <translation>%1&#xa0;: %2 → %3</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/case_profile.py" line="270"/>
        <source>not recorded</source>
        <translation>non consigné</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/case_profile.py" line="273"/>
        <source>Change identifying details</source>
        <translation>Changer des données d&apos;identification</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/case_profile.py" line="274"/>
        <source>This case has locked or signed assessments.</source>
        <translation>Ce dossier a des évaluations verrouillées ou signées.</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/case_profile.py" line="275"/>
        <source>The locked and signed versions keep the details they were locked with, and their reports do not change. The profile, new assessments and amendments that take the profile&apos;s facts use the new ones. The change and its reason go in the audit trail.</source>
        <translation>Les versions verrouillées et signées gardent les données qu&apos;elles avaient au verrouillage, et leurs rapports ne changent pas. Le profil, les nouvelles évaluations et les modifications qui prennent les faits du profil utilisent les nouvelles. Le changement et son motif sont inscrits au journal d&apos;audit.</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/case_profile.py" line="279"/>
        <source>&amp;Change</source>
        <translation>&amp;Confirmer le changement</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/case_profile.py" line="307"/>
        <source>YYYY-MM-DD</source>
        <translation>AAAA-MM-JJ</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/case_profile.py" line="386"/>
        <source>The case needs a pseudonymous id.</source>
        <translation>Le dossier doit avoir un identifiant pseudonyme.</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/case_profile.py" line="398"/>
        <source>release date</source>
        <translation>date de mise en liberté</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/case_profile.py" line="399"/>
        <source>index investigation date</source>
        <translation>date de l&apos;enquête de référence</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/case_profile.py" line="401"/>
        <source>The %1 must come after the date of birth.</source>
        <translation>La %1 doit suivre la date de naissance.</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/case_profile.py" line="463"/>
        <source>All changes saved</source>
        <translation>Toutes les modifications sont enregistrées</translation>
    </message>
</context>
<context>
    <name>ProfileStep</name>
    <message>
        <location filename="../../desktop/tally/ui/first_run.py" line="170"/>
        <source>Your evaluator profile</source>
        <translation>Votre profil d&apos;évaluateur</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/first_run.py" line="172"/>
        <source>Your name, credentials and organisation are printed on every assessment you sign. You can change them later in Settings.</source>
        <translation>Votre nom, vos titres et votre organisme sont imprimés sur chaque évaluation que vous signez. Vous pourrez les modifier plus tard dans les paramètres.</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/first_run.py" line="176"/>
        <source>Full name</source>
        <translation>Nom complet</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/first_run.py" line="178"/>
        <source>e.g. PhD, C.Psych.</source>
        <translation>p. ex. Ph. D., psychologue</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/first_run.py" line="179"/>
        <source>Credentials</source>
        <translation>Titres</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/first_run.py" line="181"/>
        <source>Organisation</source>
        <translation>Organisme</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/first_run.py" line="182"/>
        <source>Full &amp;name:</source>
        <translation>&amp;Nom complet&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/first_run.py" line="183"/>
        <source>&amp;Credentials:</source>
        <translation>&amp;Titres&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/first_run.py" line="184"/>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organisme&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/first_run.py" line="190"/>
        <source>&amp;Start using Tally</source>
        <translation>&amp;Commencer à utiliser Tally</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/first_run.py" line="192"/>
        <source>Save profile and start</source>
        <translation>Enregistrer le profil et commencer</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/first_run.py" line="215"/>
        <source>Enter your full name: it is printed on signed reports.</source>
        <translation>Entrez votre nom complet&#xa0;: il est imprimé sur les rapports signés.</translation>
    </message>
</context>
<context>
    <name>ProgressView</name>
    <message>
        <location filename="../../desktop/tally/ui/training/progress.py" line="171"/>
        <source>Agreement needed per case</source>
        <translation>Concordance exigée par cas</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/training/progress.py" line="174"/>
        <source>Cases needed per instrument</source>
        <translation>Cas exigés par instrument</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/training/progress.py" line="175"/>
        <source>Apply rule</source>
        <translation>Appliquer la règle</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/training/progress.py" line="178"/>
        <source>Proficiency rule: item agreement at least</source>
        <translation>Règle de compétence&#xa0;: concordance des items d&apos;au moins</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/training/progress.py" line="180"/>
        <source>on at least</source>
        <translation>sur au moins</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/training/progress.py" line="182"/>
        <source>cases of an instrument (first attempts only)</source>
        <translation>cas d&apos;un instrument (premiers essais seulement)</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/training/progress.py" line="203"/>
        <source>&lt;h2&gt;Progress: %1&lt;/h2&gt;&lt;p&gt;%2 instrument(s) practised, %3 proficient.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Progression&#xa0;: %1&lt;/h2&gt;&lt;p&gt;%2 instrument(s) pratiqué(s), compétence atteinte pour %3.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/training/progress.py" line="213"/>
        <source>No submitted practice yet.</source>
        <translation>Aucun exercice soumis pour l&apos;instant.</translation>
    </message>
</context>
<context>
    <name>RatingPeriodBar</name>
    <message>
        <location filename="../../desktop/tally/ui/assessment/rating_period.py" line="32"/>
        <source>Perio&amp;d rated:</source>
        <translation>Période &amp;cotée&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/assessment/rating_period.py" line="35"/>
        <source>First day of the period rated</source>
        <translation>Premier jour de la période cotée</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/assessment/rating_period.py" line="36"/>
        <source>Last day of the period rated</source>
        <translation>Dernier jour de la période cotée</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/assessment/rating_period.py" line="37"/>
        <source>YYYY-MM-DD</source>
        <translation>AAAA-MM-JJ</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/assessment/rating_period.py" line="43"/>
        <source>to</source>
        <translation>au</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/assessment/rating_period.py" line="44"/>
        <source>Clear</source>
        <translation>Effacer</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/assessment/rating_period.py" line="47"/>
        <source>Clear the period rated</source>
        <translation>Effacer la période cotée</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/assessment/rating_period.py" line="70"/>
        <source>the period these ratings describe; the report prints it with the rating&apos;s age</source>
        <translation>la période que décrivent ces cotes&#xa0;; le rapport l&apos;imprime avec l&apos;âge de la cotation</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/assessment/rating_period.py" line="73"/>
        <source>not recorded (the report says so)</source>
        <translation>non consignée (le rapport le dit)</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/assessment/rating_period.py" line="99"/>
        <source>Not saved: %1 is not a date as YYYY-MM-DD.</source>
        <translation>Non enregistré&#xa0;: %1 n&apos;est pas une date au format AAAA-MM-JJ.</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/assessment/rating_period.py" line="111"/>
        <source>Not saved: %1.</source>
        <translation>Non enregistré&#xa0;: %1.</translation>
    </message>
</context>
<context>
    <name>ReasonDialog</name>
    <message>
        <location filename="../../desktop/tally/ui/assessment/dialogs.py" line="46"/>
        <location filename="../../desktop/tally/ui/assessment/dialogs.py" line="47"/>
        <source>Reason (required)</source>
        <translation>Motif (obligatoire)</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/assessment/dialogs.py" line="48"/>
        <source>&amp;Reason:</source>
        <translation>&amp;Motif&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/assessment/dialogs.py" line="56"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>ReportContextDialog</name>
    <message>
        <location filename="../../desktop/tally/ui/report_context.py" line="54"/>
        <location filename="../../desktop/tally/ui/report_context.py" line="55"/>
        <source>Report context</source>
        <translation>Contexte du rapport</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/report_context.py" line="72"/>
        <source>Referral question</source>
        <translation>Question de renvoi</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/report_context.py" line="73"/>
        <source>Requested by</source>
        <translation>Demandé par</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/report_context.py" line="74"/>
        <source>Jurisdiction</source>
        <translation>Ressort</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/report_context.py" line="75"/>
        <source>Country code</source>
        <translation>Code de pays</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/report_context.py" line="77"/>
        <source>e.g. CA, US, GB</source>
        <translation>p. ex. CA, US, GB</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/report_context.py" line="78"/>
        <source>Notification and consent</source>
        <translation>Avis et consentement</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/report_context.py" line="79"/>
        <source>one per line: what | date | detail</source>
        <translation>un par ligne&#xa0;: quoi | date | détail</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/report_context.py" line="80"/>
        <source>Records reviewed</source>
        <translation>Dossiers examinés</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/report_context.py" line="81"/>
        <source>Interviews</source>
        <translation>Entrevues</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/report_context.py" line="83"/>
        <source>Collateral contacts</source>
        <translation>Sources collatérales</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/report_context.py" line="89"/>
        <source>Your training in %1</source>
        <translation>Votre formation à %1</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/report_context.py" line="90"/>
        <source>Responsivity</source>
        <translation>Réceptivité</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/report_context.py" line="91"/>
        <source>Combined level (your own)</source>
        <translation>Niveau combiné (le vôtre)</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/report_context.py" line="93"/>
        <source>Table the combined level was read from</source>
        <translation>Tableau d&apos;où le niveau combiné a été lu</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/report_context.py" line="97"/>
        <source>Departures from a category</source>
        <translation>Dérogations à une catégorie</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/report_context.py" line="98"/>
        <source>one per line: instrument | your opinion | your reason</source>
        <translation>un par ligne&#xa0;: instrument | votre opinion | votre motif</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/report_context.py" line="101"/>
        <source>Report profile</source>
        <translation>Profil du rapport</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/report_context.py" line="102"/>
        <source>Court: an unconfirmed category shows only as &apos;category not confirmed&apos;</source>
        <translation>Tribunal&#xa0;: une catégorie non confirmée n&apos;apparaît que comme « catégorie non confirmée »</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/report_context.py" line="104"/>
        <source>Working copy: unconfirmed categories shown, marked</source>
        <translation>Copie de travail&#xa0;: catégories non confirmées affichées et marquées</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/report_context.py" line="108"/>
        <source>Referral &amp;question:</source>
        <translation>&amp;Question de renvoi&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/report_context.py" line="109"/>
        <source>Requested &amp;by:</source>
        <translation>&amp;Demandé par&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/report_context.py" line="110"/>
        <source>&amp;Jurisdiction:</source>
        <translation>Re&amp;ssort&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/report_context.py" line="111"/>
        <source>Country code:</source>
        <translation>Code de pays&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/report_context.py" line="112"/>
        <source>&amp;Notification, consent:</source>
        <translation>&amp;Avis, consentement&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/report_context.py" line="113"/>
        <source>&amp;Records reviewed:</source>
        <translation>Dossiers e&amp;xaminés&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/report_context.py" line="114"/>
        <source>&amp;Interviews:</source>
        <translation>&amp;Entrevues&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/report_context.py" line="115"/>
        <source>&amp;Collateral contacts:</source>
        <translation>Sources &amp;collatérales&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/report_context.py" line="117"/>
        <source>Training, %1:</source>
        <translation>Formation, %1&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/report_context.py" line="118"/>
        <source>Res&amp;ponsivity:</source>
        <translation>Réce&amp;ptivité&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/report_context.py" line="119"/>
        <source>Combined &amp;level (yours):</source>
        <translation>&amp;Niveau combiné (le vôtre)&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/report_context.py" line="120"/>
        <source>Table used:</source>
        <translation>Tableau utilisé&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/report_context.py" line="121"/>
        <source>&amp;Departures:</source>
        <translation>Dé&amp;rogations&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/report_context.py" line="122"/>
        <source>Pro&amp;file:</source>
        <translation>Pro&amp;fil&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/report_context.py" line="135"/>
        <source>Entered once for this case and remembered for its next report. A combined level is printed as your own statement, never as Tally&apos;s computation. Your training is kept in your evaluator profile.</source>
        <translation>Saisi une fois pour ce dossier et conservé pour son prochain rapport. Un niveau combiné est imprimé comme votre propre énoncé, jamais comme un calcul de Tally. Votre formation est conservée dans votre profil d&apos;évaluateur.</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <location filename="../../desktop/tally/ui/database_life.py" line="147"/>
        <source>Restore from a backup</source>
        <translation>Restaurer depuis une sauvegarde</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/database_life.py" line="149"/>
        <source>Tally checks the backup completely (its passphrase, integrity, version, triggers, lifecycle and audit chain) before anything changes. Then it replaces
%1
with 
%2
and keeps the current database beside it under a dated name. The database is closed for the restore; unlock it again afterwards with the backup&apos;s passphrase.</source>
        <translation>Tally vérifie entièrement la sauvegarde (sa phrase de passe, son intégrité, sa version, ses déclencheurs, le cycle de vie et la chaîne d&apos;audit) avant que rien ne change. Il remplace ensuite
%1
par
%2
et conserve la base de données actuelle à côté, sous un nom daté. La base de données est fermée pour la restauration&#xa0;; déverrouillez-la ensuite avec la phrase de passe de la sauvegarde.</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/database_life.py" line="162"/>
        <source>Work saved after this backup was made will not be in the restored database: it stays in the copy kept aside.</source>
        <translation>Le travail enregistré après cette sauvegarde ne sera pas dans la base de données restaurée&#xa0;: il reste dans la copie conservée à côté.</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/database_life.py" line="165"/>
        <source>I &amp;understand</source>
        <translation>Je &amp;comprends</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/database_life.py" line="169"/>
        <source>&amp;Passphrase of the backup:</source>
        <translation>&amp;Phrase de passe de la sauvegarde&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/database_life.py" line="173"/>
        <source>Restore</source>
        <translation>Restaurer</translation>
    </message>
</context>
<context>
    <name>Results</name>
    <message>
        <location filename="../../desktop/tally/ui/assessment/results.py" line="53"/>
        <source>Total %1 (possible %2 to %3)</source>
        <translation>Total %1 (de %2 à %3 possible)</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/assessment/results.py" line="66"/>
        <source>Incomplete, %1 missing: no band until every item is scored.</source>
        <translation>Incomplet, %1 manquant(s)&#xa0;: aucune catégorie tant que chaque item n&apos;est pas coté.</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/assessment/results.py" line="98"/>
        <source>No estimate: no verified norms table.</source>
        <translation>Aucune estimation&#xa0;: aucun tableau de normes vérifié.</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/assessment/results.py" line="112"/>
        <source>Step 1: %1 points, category </source>
        <translation>Étape 1&#xa0;: %1 points, catégorie </translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/assessment/results.py" line="116"/>
        <source>Aggravating factors present: %1 of %2</source>
        <translation>Facteurs aggravants présents&#xa0;: %1 sur %2</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/assessment/results.py" line="125"/>
        <source>Raised by %1 level(s) to the final category: </source>
        <translation>Relevée de %1 niveau(x) à la catégorie finale&#xa0;: </translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/assessment/results.py" line="140"/>
        <source>incomplete</source>
        <translation>incomplet</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/assessment/results.py" line="142"/>
        <source>no bands</source>
        <translation>aucune catégorie</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/assessment/results.py" line="147"/>
        <source>Scale</source>
        <translation>Échelle</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/assessment/results.py" line="147"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/assessment/results.py" line="147"/>
        <source>Band</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/assessment/results.py" line="234"/>
        <source>Band:</source>
        <translation>Catégorie&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/assessment/results.py" line="235"/>
        <source>Band source:</source>
        <translation>Source de la catégorie&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/assessment/results.py" line="236"/>
        <source>Step 1 and aggravating factors</source>
        <translation>Étape 1 et facteurs aggravants</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/assessment/results.py" line="237"/>
        <source>Scales</source>
        <translation>Échelles</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/assessment/results.py" line="238"/>
        <source>Norms</source>
        <translation>Normes</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/assessment/results.py" line="239"/>
        <source>Warnings</source>
        <translation>Avertissements</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/assessment/results.py" line="240"/>
        <source>Applicability</source>
        <translation>Applicabilité</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/assessment/results.py" line="241"/>
        <source>CSEM cases:</source>
        <translation>Dossiers de MESE&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/assessment/results.py" line="242"/>
        <source>Research context</source>
        <translation>Contexte de recherche</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/assessment/results.py" line="243"/>
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/assessment/results.py" line="244"/>
        <source>Manual:</source>
        <translation>Manuel&#xa0;:</translation>
    </message>
</context>
<context>
    <name>ResultsPage</name>
    <message>
        <location filename="../../desktop/tally/ui/assessment/results.py" line="207"/>
        <source>Results</source>
        <translation>Résultats</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/assessment/results.py" line="208"/>
        <source>← Items (Alt+W)</source>
        <translation>← Items (Alt+W)</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/assessment/results.py" line="209"/>
        <source>Back to the items</source>
        <translation>Retour aux items</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/assessment/results.py" line="210"/>
        <source>Review (Ctrl+R)</source>
        <translation>Révision (Ctrl+R)</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/assessment/results.py" line="211"/>
        <source>Review all items</source>
        <translation>Réviser tous les items</translation>
    </message>
</context>
<context>
    <name>RetentionDialog</name>
    <message>
        <location filename="../../desktop/tally/ui/case_deletion.py" line="112"/>
        <source>Cases past retention</source>
        <translation>Dossiers au-delà de la période de conservation</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/case_deletion.py" line="114"/>
        <source>Your agency&apos;s retention period decides how long a case is kept after its last assessment (Tally has no default: it is a policy, not a number Tally may choose). List the cases past it, check them, then delete them in one step.</source>
        <translation>La période de conservation de votre organisme fixe combien de temps un dossier est gardé après sa dernière évaluation (Tally n&apos;a pas de valeur par défaut&#xa0;: c&apos;est une politique, pas un nombre que Tally peut choisir). Affichez les dossiers qui l&apos;ont dépassée, vérifiez-les, puis supprimez-les en une seule étape.</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/case_deletion.py" line="121"/>
        <source>not set</source>
        <translation>non fixée</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/case_deletion.py" line="122"/>
        <source> years</source>
        <translation> ans</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/case_deletion.py" line="124"/>
        <source>&amp;List cases</source>
        <translation>&amp;Afficher les dossiers</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/case_deletion.py" line="127"/>
        <source>Keep cases for:</source>
        <translation>Conserver les dossiers pendant&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/case_deletion.py" line="136"/>
        <source>Case</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/case_deletion.py" line="136"/>
        <source>Last activity</source>
        <translation>Dernière activité</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/case_deletion.py" line="136"/>
        <source>Signed work</source>
        <translation>Travail signé</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/case_deletion.py" line="145"/>
        <source>e.g. retention period ended (policy 4.2)</source>
        <translation>p. ex. fin de la période de conservation (politique 4.2)</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/case_deletion.py" line="149"/>
        <source>&amp;Reason:</source>
        <translation>&amp;Motif&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/case_deletion.py" line="150"/>
        <source>DELETE</source>
        <translation>SUPPRIMER</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/case_deletion.py" line="151"/>
        <source>Type %1 to &amp;confirm:</source>
        <translation>Tapez %1 pour &amp;confirmer&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/case_deletion.py" line="154"/>
        <source>Delete these cases</source>
        <translation>Supprimer ces dossiers</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/case_deletion.py" line="185"/>
        <source>Set the retention period first.</source>
        <translation>Fixez d&apos;abord la période de conservation.</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/case_deletion.py" line="190"/>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/case_deletion.py" line="197"/>
        <source>%1 case(s) had no activity for more than %2 years.</source>
        <translation>%1 dossier(s) sans activité depuis plus de %2 ans.</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/case_deletion.py" line="225"/>
        <source>%1 case(s) deleted.</source>
        <translation>%1 dossier(s) supprimé(s).</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/case_deletion.py" line="228"/>
        <source>Not deleted: %1</source>
        <translation>Non supprimés&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <location filename="../../desktop/tally/ui/assessment/review.py" line="38"/>
        <source>All items with scores and rationales</source>
        <translation>Tous les items avec leurs cotes et justifications</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/assessment/review.py" line="41"/>
        <source>← Items (Alt+W)</source>
        <translation>← Items (Alt+W)</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/assessment/review.py" line="42"/>
        <source>Back to the items</source>
        <translation>Retour aux items</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/assessment/review.py" line="43"/>
        <source>First missing item (Ctrl+M)</source>
        <translation>Premier item manquant (Ctrl+M)</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/assessment/review.py" line="44"/>
        <source>Go to the first missing item</source>
        <translation>Aller au premier item manquant</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/assessment/review.py" line="45"/>
        <source>Submit for feedback… (Ctrl+Shift+L)</source>
        <translation>Soumettre pour rétroaction… (Ctrl+Maj+L)</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/assessment/review.py" line="46"/>
        <source>Lock… (Ctrl+Shift+L)</source>
        <translation>Verrouiller… (Ctrl+Maj+L)</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/assessment/review.py" line="51"/>
        <source>Amend… (Ctrl+Shift+A)</source>
        <translation>Modifier… (Ctrl+Maj+A)</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/assessment/review.py" line="52"/>
        <source>Amend: make a new version</source>
        <translation>Modifier&#xa0;: créer une nouvelle version</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/assessment/review.py" line="53"/>
        <source>Void… (Ctrl+Shift+X)</source>
        <translation>Invalider… (Ctrl+Maj+X)</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/assessment/review.py" line="55"/>
        <source>Void: scored in error</source>
        <translation>Invalider&#xa0;: cotée par erreur</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/assessment/review.py" line="57"/>
        <source>For an assessment scored in error: kept on record, never exported, not counted</source>
        <translation>Pour une évaluation cotée par erreur&#xa0;: conservée au dossier, jamais exportée, non comptée</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/assessment/review.py" line="58"/>
        <source>Results (Ctrl+T)</source>
        <translation>Résultats (Ctrl+T)</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/assessment/review.py" line="59"/>
        <source>Show the results</source>
        <translation>Afficher les résultats</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/assessment/review.py" line="93"/>
        <source>Version %1 is %2 and read-only.</source>
        <translation>La version %1 est %2 et en lecture seule.</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/assessment/review.py" line="97"/>
        <source>Draft: %1 of %2 items missing. Submit when every item is scored.</source>
        <translation>Ébauche&#xa0;: %1 item(s) manquant(s) sur %2. Soumettez lorsque chaque item est coté.</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/assessment/review.py" line="99"/>
        <source>Draft: %1 of %2 items missing. Lock when every item is scored.</source>
        <translation>Brouillon&#xa0;: %1 items manquants sur %2. Verrouillez quand chaque item est coté.</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/assessment/review.py" line="102"/>
        <source>Every item is scored. Check the rationales, then submit for feedback.</source>
        <translation>Chaque item est coté. Vérifiez les justifications, puis soumettez pour rétroaction.</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/assessment/review.py" line="105"/>
        <source>Draft: every item is scored. Check the rationales, then lock.</source>
        <translation>Brouillon&#xa0;: chaque item est coté. Vérifiez les justifications, puis verrouillez.</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/assessment/review.py" line="109"/>
        <source>%1 consistency check(s) to look at:</source>
        <translation>%1 vérification(s) de cohérence à examiner&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/assessment/review.py" line="138"/>
        <source>Reason: %1</source>
        <translation>Motif&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/assessment/review.py" line="152"/>
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/assessment/review.py" line="152"/>
        <source>Score</source>
        <translation>Cote</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/assessment/review.py" line="152"/>
        <source>How</source>
        <translation>Mode</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/assessment/review.py" line="152"/>
        <source>Rationale</source>
        <translation>Justification</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/assessment/review.py" line="153"/>
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/assessment/review.py" line="197"/>
        <source>missing</source>
        <translation>manquant</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/assessment/review.py" line="198"/>
        <source>no rationale</source>
        <translation>aucune justification</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/assessment/review.py" line="199"/>
        <source>Missing:</source>
        <translation>Manquants&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/assessment/review.py" line="200"/>
        <source>Version %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/assessment/review.py" line="201"/>
        <source>Versions</source>
        <translation>Versions</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../desktop/tally/ui/settings.py" line="42"/>
        <source>Follow the system</source>
        <translation>Suivre le système</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/settings.py" line="43"/>
        <source>Light</source>
        <translation>Clair</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/settings.py" line="44"/>
        <source>Dark</source>
        <translation>Foncé</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/settings.py" line="55"/>
        <location filename="../../desktop/tally/ui/settings.py" line="56"/>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/settings.py" line="62"/>
        <source>Database</source>
        <translation>Base de données</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/settings.py" line="65"/>
        <location filename="../../desktop/tally/ui/settings.py" line="157"/>
        <source>Database file</source>
        <translation>Fichier de la base de données</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/settings.py" line="66"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/settings.py" line="67"/>
        <source>Choose database file</source>
        <translation>Choisir le fichier de la base de données</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/settings.py" line="71"/>
        <source>&amp;Location:</source>
        <translation>&amp;Emplacement&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/settings.py" line="75"/>
        <source>A new location takes effect at once: Tally locks and opens the file there (or creates a new database if there is none).</source>
        <translation>Un nouvel emplacement prend effet immédiatement&#xa0;: Tally se verrouille et ouvre le fichier qui s&apos;y trouve (ou crée une nouvelle base de données s&apos;il n&apos;y en a pas).</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/settings.py" line="78"/>
        <source>Security</source>
        <translation>Sécurité</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/settings.py" line="82"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/settings.py" line="84"/>
        <source>Lock after minutes without activity</source>
        <translation>Verrouiller après ce nombre de minutes sans activité</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/settings.py" line="85"/>
        <source>Loc&amp;k after:</source>
        <translation>&amp;Verrouiller après&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/settings.py" line="87"/>
        <source>Appearance</source>
        <translation>Apparence</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/settings.py" line="90"/>
        <source>Theme</source>
        <translation>Thème</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/settings.py" line="96"/>
        <source>System default</source>
        <translation>Taille du système</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/settings.py" line="97"/>
        <source> pt</source>
        <translation> pt</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/settings.py" line="99"/>
        <source>Font size</source>
        <translation>Taille de police</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/settings.py" line="100"/>
        <source>&amp;Theme:</source>
        <translation>&amp;Thème&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/settings.py" line="101"/>
        <source>&amp;Font size:</source>
        <translation>&amp;Taille de police&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/settings.py" line="105"/>
        <source>Interface language</source>
        <translation>Langue de l&apos;interface</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/settings.py" line="109"/>
        <source>Follow the system (%1)</source>
        <translation>Suivre le système (%1)</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/settings.py" line="112"/>
        <source>Lan&amp;guage:</source>
        <translation>&amp;Langue&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/settings.py" line="114"/>
        <source>The language changes the next time Tally starts.</source>
        <translation>La langue change au prochain démarrage de Tally.</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/settings.py" line="125"/>
        <source>Evaluator (printed on signed assessments)</source>
        <translation>Évaluateur (imprimé sur les évaluations signées)</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/settings.py" line="128"/>
        <source>Full name</source>
        <translation>Nom complet</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/settings.py" line="130"/>
        <source>Credentials</source>
        <translation>Titres</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/settings.py" line="132"/>
        <source>Organisation</source>
        <translation>Organisme</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/settings.py" line="137"/>
        <source>Full &amp;name:</source>
        <translation>&amp;Nom complet&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/settings.py" line="138"/>
        <source>&amp;Credentials:</source>
        <translation>T&amp;itres&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/settings.py" line="139"/>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organisme&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/settings.py" line="158"/>
        <source>Tally database (*.db);;All files (*)</source>
        <translation>Base de données Tally (*.db);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/settings.py" line="166"/>
        <source>Choose where the database is kept.</source>
        <translation>Choisissez où conserver la base de données.</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/settings.py" line="168"/>
        <source>The database location is a folder: add a file name.</source>
        <translation>L&apos;emplacement de la base de données est un dossier&#xa0;: ajoutez un nom de fichier.</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/settings.py" line="170"/>
        <source>Enter your full name: it is printed on signed reports.</source>
        <translation>Entrez votre nom complet&#xa0;: il est imprimé sur les rapports signés.</translation>
    </message>
</context>
<context>
    <name>Shortcuts</name>
    <message>
        <location filename="../../desktop/tally/ui/shortcuts.py" line="32"/>
        <source>New case</source>
        <translation>Nouveau dossier</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/shortcuts.py" line="33"/>
        <source>Find a case (search as you type)</source>
        <translation>Chercher un dossier (recherche au fil de la saisie)</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/shortcuts.py" line="34"/>
        <source>Go to the case list</source>
        <translation>Aller à la liste des dossiers</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/shortcuts.py" line="35"/>
        <source>Go to the case profile</source>
        <translation>Aller au profil du dossier</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/shortcuts.py" line="36"/>
        <source>Edit the profile of a case with locked work</source>
        <translation>Modifier le profil d&apos;un dossier dont des évaluations sont verrouillées</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/shortcuts.py" line="38"/>
        <source>Leave editing the profile, discarding unsaved edits (Done saves)</source>
        <translation>Quitter l&apos;édition du profil en abandonnant les modifications non enregistrées (Terminé enregistre)</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/shortcuts.py" line="40"/>
        <source>Add an instrument to the case</source>
        <translation>Ajouter un instrument au dossier</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/shortcuts.py" line="41"/>
        <source>Open the selected assessment</source>
        <translation>Ouvrir l&apos;évaluation sélectionnée</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/shortcuts.py" line="42"/>
        <source>Close the assessment tab</source>
        <translation>Fermer l&apos;onglet de l&apos;évaluation</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/shortcuts.py" line="43"/>
        <source>Sign and export a PDF</source>
        <translation>Signer et exporter un PDF</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/shortcuts.py" line="44"/>
        <source>Verify a signed PDF</source>
        <translation>Vérifier un PDF signé</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/shortcuts.py" line="45"/>
        <source>Audit trail</source>
        <translation>Journal d&apos;audit</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/shortcuts.py" line="46"/>
        <source>Local validation (research)</source>
        <translation>Validation locale (recherche)</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/shortcuts.py" line="48"/>
        <source>Training (fictional cases)</source>
        <translation>Formation (cas fictifs)</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/shortcuts.py" line="49"/>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/shortcuts.py" line="50"/>
        <source>Lock Tally now</source>
        <translation>Verrouiller Tally maintenant</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/shortcuts.py" line="51"/>
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/shortcuts.py" line="52"/>
        <source>This list of keyboard shortcuts</source>
        <translation>Cette liste de raccourcis clavier</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/shortcuts.py" line="57"/>
        <source>Choose the score with that key</source>
        <translation>Choisir la cote avec cette touche</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/shortcuts.py" line="58"/>
        <source>Next item (from a score or a list)</source>
        <translation>Item suivant (depuis une cote ou une liste)</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/shortcuts.py" line="59"/>
        <source>Next item (also from the rationale)</source>
        <translation>Item suivant (aussi depuis la justification)</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/shortcuts.py" line="60"/>
        <source>Previous item</source>
        <translation>Item précédent</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/shortcuts.py" line="61"/>
        <source>Go to the item list</source>
        <translation>Aller à la liste des items</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/shortcuts.py" line="62"/>
        <source>Go to the coding guidance</source>
        <translation>Aller aux consignes de cotation</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/shortcuts.py" line="63"/>
        <source>Go to the rationale</source>
        <translation>Aller à la justification</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/shortcuts.py" line="64"/>
        <source>Go to the information sources</source>
        <translation>Aller aux sources d&apos;information</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/shortcuts.py" line="65"/>
        <source>Override a derived item, or use the derived value</source>
        <translation>Remplacer un item déduit, ou utiliser la valeur déduite</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/shortcuts.py" line="67"/>
        <source>CPORT item 5: open, link or start its CASIC</source>
        <translation>Item 5 du CPORT&#xa0;: ouvrir, lier ou commencer son CASIC</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/shortcuts.py" line="69"/>
        <source>First missing item</source>
        <translation>Premier item manquant</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/shortcuts.py" line="70"/>
        <source>First item</source>
        <translation>Premier item</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/shortcuts.py" line="71"/>
        <source>Last item</source>
        <translation>Dernier item</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/shortcuts.py" line="72"/>
        <source>Back to the score choices</source>
        <translation>Retour aux choix de cote</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/shortcuts.py" line="73"/>
        <source>Back to the items (review, results)</source>
        <translation>Retour aux items (révision, résultats)</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/shortcuts.py" line="74"/>
        <source>Review every item</source>
        <translation>Réviser chaque item</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/shortcuts.py" line="75"/>
        <source>Results</source>
        <translation>Résultats</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/shortcuts.py" line="76"/>
        <source>Lock the assessment (training: submit)</source>
        <translation>Verrouiller l&apos;évaluation (formation&#xa0;: soumettre)</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/shortcuts.py" line="78"/>
        <source>Amend a locked assessment</source>
        <translation>Modifier une évaluation verrouillée</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/shortcuts.py" line="79"/>
        <source>Void a locked assessment scored in error</source>
        <translation>Invalider une évaluation verrouillée cotée par erreur</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/shortcuts.py" line="81"/>
        <source>Close the assessment</source>
        <translation>Fermer l&apos;évaluation</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/shortcuts.py" line="86"/>
        <source>Practice tab</source>
        <translation>Onglet Exercice</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/shortcuts.py" line="87"/>
        <source>Progress tab</source>
        <translation>Onglet Progression</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/shortcuts.py" line="88"/>
        <source>Trainer tools tab</source>
        <translation>Onglet Outils du formateur</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/shortcuts.py" line="89"/>
        <source>Close the practice case, then the training window</source>
        <translation>Fermer le cas d&apos;exercice, puis la fenêtre de formation</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/shortcuts.py" line="91"/>
        <source>Close the training window (outside the wizard)</source>
        <translation>Fermer la fenêtre de formation (hors de l&apos;assistant)</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/shortcuts.py" line="97"/>
        <source>Create the database, then save the profile</source>
        <translation>Créer la base de données, puis enregistrer le profil</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/shortcuts.py" line="108"/>
        <source>Main window</source>
        <translation>Fenêtre principale</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/shortcuts.py" line="109"/>
        <source>Assessment (wizard, review, results)</source>
        <translation>Évaluation (assistant, révision, résultats)</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/shortcuts.py" line="110"/>
        <source>Training window</source>
        <translation>Fenêtre de formation</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/shortcuts.py" line="111"/>
        <source>First run</source>
        <translation>Premier démarrage</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/shortcuts.py" line="151"/>
        <source>Every window and dialog</source>
        <translation>Toutes les fenêtres</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/shortcuts.py" line="152"/>
        <source>Alt with the underlined letter presses that button or goes to that field; no letter is used twice in one window. Escape closes a dialog and returns the keyboard to where it was; Enter presses the highlighted button, which after a finished action is Done.</source>
        <translation>Alt avec la lettre soulignée appuie sur ce bouton ou va à ce champ. Échap ferme une fenêtre de dialogue et ramène le clavier là où il était; Entrée appuie sur le bouton en surbrillance, qui est Terminé après une action achevée.</translation>
    </message>
</context>
<context>
    <name>SignatureMeaning</name>
    <message>
        <location filename="../../desktop/tally/ui/export.py" line="43"/>
        <source>Reviewer: I reviewed these assessments.</source>
        <translation>Réviseur&#xa0;: j&apos;ai révisé ces évaluations.</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/export.py" line="44"/>
        <source>Author: I scored these assessments and attest that this summary shows my scoring as I recorded it.</source>
        <translation>Auteur&#xa0;: j&apos;ai coté ces évaluations et j&apos;atteste que ce sommaire présente ma cotation telle que je l&apos;ai consignée.</translation>
    </message>
</context>
<context>
    <name>StoreNotice</name>
    <message>
        <location filename="../../desktop/tally/ui/store_notices.py" line="19"/>
        <source>{wal} did not belong to this database (left by a crash or a copy); it was not used and was kept as {kept}</source>
        <translation>{wal} n&apos;appartenait pas à cette base de données (laissé par un plantage ou une copie)&#xa0;; il n&apos;a pas été utilisé et a été conservé sous le nom {kept}</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/store_notices.py" line="22"/>
        <source>an interrupted restore from {source} was finished</source>
        <translation>une restauration interrompue depuis {source} a été achevée</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/store_notices.py" line="24"/>
        <source>an interrupted restore from {source} was finished; the previous database is kept as {kept}</source>
        <translation>une restauration interrompue depuis {source} a été achevée&#xa0;; la base de données précédente est conservée sous le nom {kept}</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/store_notices.py" line="27"/>
        <source>an interrupted restore was rolled back: the database is as it was before the restore</source>
        <translation>une restauration interrompue a été annulée&#xa0;: la base de données est telle qu&apos;elle était avant la restauration</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/store_notices.py" line="30"/>
        <source>a sign-off of {report} was interrupted before it was recorded: nothing was signed and the report was not written; export it again</source>
        <translation>une signature de {report} a été interrompue avant d&apos;être enregistrée&#xa0;: rien n&apos;a été signé et le rapport n&apos;a pas été écrit&#xa0;; exportez-le de nouveau</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/store_notices.py" line="33"/>
        <source>a sign-off of {report} interrupted after it was recorded was finished: the signed report is in place</source>
        <translation>une signature de {report} interrompue après son enregistrement a été achevée&#xa0;: le rapport signé est en place</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/store_notices.py" line="36"/>
        <source>a sign-off of {report} was recorded but {missing} could not be written: the signatures stand; export the report again</source>
        <translation>une signature de {report} a été enregistrée, mais {missing} n&apos;a pas pu être écrit&#xa0;: les signatures restent valides&#xa0;; exportez le rapport de nouveau</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/store_notices.py" line="39"/>
        <source>a sign-off of {report} interrupted earlier could not be completed yet ({reason}); Tally will try again the next time the database is opened</source>
        <translation>une signature de {report} interrompue plus tôt n&apos;a pas encore pu être achevée ({reason})&#xa0;; Tally réessaiera à la prochaine ouverture de la base de données</translation>
    </message>
</context>
<context>
    <name>TrainerTools</name>
    <message>
        <location filename="../../desktop/tally/ui/training/trainer.py" line="39"/>
        <source>Trainees</source>
        <translation>Stagiaires</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/training/trainer.py" line="41"/>
        <source>New trainee&apos;s name</source>
        <translation>Nom du nouveau stagiaire</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/training/trainer.py" line="43"/>
        <source>&amp;Add trainee</source>
        <translation>&amp;Ajouter un stagiaire</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/training/trainer.py" line="45"/>
        <source>Trainee profiles</source>
        <translation>Profils des stagiaires</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/training/trainer.py" line="53"/>
        <location filename="../../desktop/tally/ui/training/trainer.py" line="55"/>
        <source>Sample cases</source>
        <translation>Cas d&apos;exercice</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/training/trainer.py" line="59"/>
        <source>&amp;New case…</source>
        <translation>&amp;Nouveau cas…</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/training/trainer.py" line="60"/>
        <source>&amp;Export pack…</source>
        <translation>&amp;Exporter un lot…</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/training/trainer.py" line="61"/>
        <source>&amp;Import pack…</source>
        <translation>&amp;Importer un lot…</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/training/trainer.py" line="62"/>
        <source>&amp;Check library</source>
        <translation>&amp;Vérifier la bibliothèque</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/training/trainer.py" line="87"/>
        <source> (yours)</source>
        <translation> (les vôtres)</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/training/trainer.py" line="111"/>
        <source>Exported %1 case(s) to %2</source>
        <translation>%1 cas exporté(s) vers %2</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/training/trainer.py" line="122"/>
        <source>Imported %1 case(s).</source>
        <translation>%1 cas importé(s).</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/training/trainer.py" line="132"/>
        <source>%1 cases: every reference score agrees with the forms.</source>
        <translation>%1 cas&#xa0;: chaque cote de référence concorde avec les formulaires.</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/training/trainer.py" line="142"/>
        <source>Saved %1.</source>
        <translation>%1 enregistré.</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/training/trainer.py" line="146"/>
        <source>Export case pack</source>
        <translation>Exporter un lot de cas</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/training/trainer.py" line="152"/>
        <source>Import case pack</source>
        <translation>Importer un lot de cas</translation>
    </message>
</context>
<context>
    <name>TrainingHtml</name>
    <message>
        <location filename="../../desktop/tally/ui/training/html.py" line="19"/>
        <source>Introductory</source>
        <translation>Initiation</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/training/html.py" line="20"/>
        <source>Intermediate</source>
        <translation>Intermédiaire</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/training/html.py" line="21"/>
        <source>Advanced</source>
        <translation>Avancé</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/training/html.py" line="51"/>
        <source>%1 · fictional training case; every name, date and place is invented.</source>
        <translation>%1 · cas de formation fictif; chaque nom, date et lieu est inventé.</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/training/html.py" line="63"/>
        <source>✓ agree</source>
        <translation>✓ concorde</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/training/html.py" line="63"/>
        <source>✗ differs</source>
        <translation>✗ diffère</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/training/html.py" line="73"/>
        <source>Band</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/training/html.py" line="73"/>
        <source>You</source>
        <translation>Vous</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/training/html.py" line="74"/>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/training/html.py" line="74"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/training/html.py" line="75"/>
        <source>%1 of %2 items agree (%3)</source>
        <translation>%1 items sur %2 concordent (%3)</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/training/html.py" line="76"/>
        <source>Your scoring was incomplete:</source>
        <translation>Votre cotation était incomplète&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/training/html.py" line="77"/>
        <source>unanswered items count as disagreements.</source>
        <translation>les items sans réponse comptent comme des désaccords.</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/training/html.py" line="78"/>
        <source>About this reference scoring:</source>
        <translation>À propos de cette cotation de référence&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/training/html.py" line="79"/>
        <source>Item by item</source>
        <translation>Item par item</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/training/html.py" line="80"/>
        <source>You: %1</source>
        <translation>Vous&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/training/html.py" line="81"/>
        <source>Reference: %1</source>
        <translation>Référence&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/training/html.py" line="82"/>
        <source>Why:</source>
        <translation>Pourquoi&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/training/html.py" line="82"/>
        <source>Decided by:</source>
        <translation>Tranché par&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/training/html.py" line="83"/>
        <source>Item guidance:</source>
        <translation>Consignes de l&apos;item&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/training/html.py" line="84"/>
        <source>What this case teaches</source>
        <translation>Ce que ce cas enseigne</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/training/html.py" line="85"/>
        <source>Warnings the form gave on your scoring</source>
        <translation>Avertissements du formulaire sur votre cotation</translation>
    </message>
</context>
<context>
    <name>TrainingWindow</name>
    <message>
        <location filename="../../desktop/tally/ui/training/window.py" line="50"/>
        <source>Training (fictional cases)</source>
        <translation>Formation (cas fictifs)</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/training/window.py" line="51"/>
        <source>Training</source>
        <translation>Formation</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/training/window.py" line="63"/>
        <source>Trainee</source>
        <translation>Stagiaire</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/training/window.py" line="66"/>
        <source>Training mode: fictional cases only. Nothing here is stored with real cases.</source>
        <translation>Mode formation&#xa0;: cas fictifs seulement. Rien ici n&apos;est conservé avec les vrais dossiers.</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/training/window.py" line="71"/>
        <source>Trainee:</source>
        <translation>Stagiaire&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/training/window.py" line="87"/>
        <source>Practice</source>
        <translation>Exercice</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/training/window.py" line="88"/>
        <source>Progress</source>
        <translation>Progression</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/training/window.py" line="89"/>
        <source>Trainer tools</source>
        <translation>Outils du formateur</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/training/window.py" line="91"/>
        <source>Add a trainee profile first (Trainer tools)</source>
        <translation>Ajoutez d&apos;abord un profil de stagiaire (Outils du formateur)</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/training/window.py" line="104"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/training/window.py" line="186"/>
        <source>no trainee</source>
        <translation>aucun stagiaire</translation>
    </message>
</context>
<context>
    <name>TrendChart</name>
    <message>
        <location filename="../../desktop/tally/ui/trend_chart.py" line="61"/>
        <source>Trend of dynamic scores</source>
        <translation>Évolution des scores dynamiques</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/trend_chart.py" line="80"/>
        <source>No completed STABLE-2007 or ACUTE-2007 assessments yet.</source>
        <translation>Aucune évaluation STABLE-2007 ou ACUTE-2007 terminée pour l&apos;instant.</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/trend_chart.py" line="147"/>
        <source>(cut-off unconfirmed)</source>
        <translation>(seuil non confirmé)</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/trend_chart.py" line="187"/>
        <source>%1 (0–%2)</source>
        <translation>%1 (0–%2)</translation>
    </message>
</context>
<context>
    <name>Typology</name>
    <message>
        <location filename="../../desktop/tally/ui/typology.py" line="11"/>
        <source>CSEM only, one occasion</source>
        <translation>MESE seulement, une occasion</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/typology.py" line="13"/>
        <source>CSEM only, repeated (stable: CSEM → CSEM)</source>
        <translation>MESE seulement, répété (stable&#xa0;: MESE → MESE)</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/typology.py" line="15"/>
        <source>Mixed, de-escalation (contact → CSEM)</source>
        <translation>Mixte, désescalade (contact → MESE)</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/typology.py" line="17"/>
        <source>Mixed, escalation (CSEM → contact)</source>
        <translation>Mixte, escalade (MESE → contact)</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/typology.py" line="19"/>
        <source>Mixed, contact and CSEM at the same time</source>
        <translation>Mixte, contact et MESE en même temps</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/typology.py" line="25"/>
        <source>Not recorded</source>
        <translation>Non consigné</translation>
    </message>
</context>
<context>
    <name>UnlockPage</name>
    <message>
        <location filename="../../desktop/tally/ui/unlock.py" line="20"/>
        <location filename="../../desktop/tally/ui/unlock.py" line="49"/>
        <source>Unlock</source>
        <translation>Déverrouiller</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/unlock.py" line="28"/>
        <source>Tally is locked</source>
        <translation>Tally est verrouillé</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/unlock.py" line="29"/>
        <location filename="../../desktop/tally/ui/unlock.py" line="74"/>
        <source>Enter your passphrase to open your cases.</source>
        <translation>Entrez votre phrase de passe pour ouvrir vos dossiers.</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/unlock.py" line="35"/>
        <location filename="../../desktop/tally/ui/unlock.py" line="36"/>
        <source>Passphrase</source>
        <translation>Phrase de passe</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/unlock.py" line="39"/>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/unlock.py" line="42"/>
        <source>Use &amp;another database…</source>
        <translation>Changer de &amp;base…</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/unlock.py" line="43"/>
        <source>Use another database</source>
        <translation>Utiliser une autre base de données</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/unlock.py" line="44"/>
        <source>&amp;Verify a report…</source>
        <translation>&amp;Vérifier un rapport…</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/unlock.py" line="45"/>
        <source>Check a signed PDF report offline (Ctrl+Shift+V)</source>
        <translation>Vérifier hors ligne un rapport PDF signé (Ctrl+Maj+V)</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/unlock.py" line="46"/>
        <source>Verify a signed PDF report</source>
        <translation>Vérifier un rapport PDF signé</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/unlock.py" line="47"/>
        <source>&amp;Unlock</source>
        <translation>&amp;Déverrouiller</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/unlock.py" line="68"/>
        <source>Database: %1</source>
        <translation>Base de données&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/unlock.py" line="72"/>
        <source>Tally locked itself after a period without activity. Your work was saved. Enter your passphrase to continue.</source>
        <translation>Tally s&apos;est verrouillé après une période d&apos;inactivité. Votre travail a été enregistré. Entrez votre phrase de passe pour continuer.</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/unlock.py" line="79"/>
        <source>Enter your passphrase.</source>
        <translation>Entrez votre phrase de passe.</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/unlock.py" line="89"/>
        <source>Unlocking…</source>
        <translation>Déverrouillage…</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/unlock.py" line="117"/>
        <source>Try again in %1 s.</source>
        <translation>Réessayez dans %1&#xa0;s.</translation>
    </message>
</context>
<context>
    <name>ValidationDialog</name>
    <message>
        <location filename="../../desktop/tally/ui/validation.py" line="63"/>
        <location filename="../../desktop/tally/ui/validation.py" line="64"/>
        <source>Local validation</source>
        <translation>Validation locale</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/validation.py" line="67"/>
        <source>Outcome</source>
        <translation>Issue</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/validation.py" line="71"/>
        <source>Fixed follow-up in years</source>
        <translation>Suivi fixe en années</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/validation.py" line="76"/>
        <source> years</source>
        <translation> ans</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/validation.py" line="77"/>
        <source>&amp;Compute</source>
        <translation>&amp;Calculer</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/validation.py" line="79"/>
        <source>Compute the validation</source>
        <translation>Calculer la validation</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/validation.py" line="81"/>
        <source>Outcome:</source>
        <translation>Issue&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/validation.py" line="83"/>
        <source>AUC at:</source>
        <translation>ASC à&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/validation.py" line="88"/>
        <source>Synthetic data warning</source>
        <translation>Avertissement&#xa0;: données synthétiques</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/validation.py" line="90"/>
        <source>Validation summary</source>
        <translation>Sommaire de la validation</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/validation.py" line="92"/>
        <source>Validation per instrument and group</source>
        <translation>Validation par instrument et par groupe</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/validation.py" line="94"/>
        <source>Incremental validity</source>
        <translation>Validité incrémentale</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/validation.py" line="102"/>
        <source>Incremental validity of a dynamic tool over a static one (Cox regression)</source>
        <translation>Validité incrémentale d&apos;un outil dynamique par rapport à un outil statique (régression de Cox)</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/validation.py" line="106"/>
        <source>Choose site &amp;files…</source>
        <translation>Choisir les &amp;fichiers des sites…</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/validation.py" line="107"/>
        <source>Choose research export files to pool</source>
        <translation>Choisir les fichiers d&apos;exportation de recherche à regrouper</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/validation.py" line="109"/>
        <source>Each site sends only its de-identified research export (tally research export); pooling never moves case data.</source>
        <translation>Chaque site n&apos;envoie que son exportation de recherche dépersonnalisée (tally research export); le regroupement ne déplace jamais de données de dossiers.</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/validation.py" line="112"/>
        <source>Pooled AUCs</source>
        <translation>ASC regroupées</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/validation.py" line="124"/>
        <source>This database</source>
        <translation>Cette base de données</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/validation.py" line="125"/>
        <source>Pool sites</source>
        <translation>Regrouper les sites</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/validation.py" line="149"/>
        <source>%1 assessments of %2 men whose follow-up has ended. Below 10 events an estimate is unstable; every figure shows its N and events.</source>
        <translation>%1 évaluations de %2 hommes dont le suivi est terminé. Sous 10 événements, une estimation est instable; chaque chiffre indique son N et ses événements.</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/validation.py" line="153"/>
        <source>%3 assessment(s) left out (incomplete, or their form is not installed).</source>
        <translation>%3 évaluation(s) écartée(s) (incomplètes, ou leur formulaire n&apos;est pas installé).</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/validation.py" line="164"/>
        <source>No man has both a static and a dynamic tool locked.</source>
        <translation>Aucun homme n&apos;a à la fois un outil statique et un outil dynamique verrouillés.</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/validation.py" line="171"/>
        <source>Research exports to pool</source>
        <translation>Exportations de recherche à regrouper</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/validation.py" line="171"/>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/validation.py" line="192"/>
        <source>%1 site file(s) pooled.</source>
        <translation>%1 fichier(s) de site regroupé(s).</translation>
    </message>
</context>
<context>
    <name>VerifyDialog</name>
    <message>
        <location filename="../../desktop/tally/ui/verify.py" line="67"/>
        <location filename="../../desktop/tally/ui/verify.py" line="68"/>
        <source>Verify a signed PDF</source>
        <translation>Vérifier un PDF signé</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/verify.py" line="75"/>
        <source>PDF file to verify</source>
        <translation>Fichier PDF à vérifier</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/verify.py" line="76"/>
        <source>a Tally report (.pdf)</source>
        <translation>un rapport Tally (.pdf)</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/verify.py" line="77"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/verify.py" line="78"/>
        <source>Choose the PDF file</source>
        <translation>Choisir le fichier PDF</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/verify.py" line="83"/>
        <source>&amp;File:</source>
        <translation>&amp;Fichier&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/verify.py" line="85"/>
        <source>Extra certificate to trust (optional)</source>
        <translation>Certificat supplémentaire à approuver (facultatif)</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/verify.py" line="86"/>
        <source>optional: the signer&apos;s or their CA&apos;s certificate (.pem)</source>
        <translation>facultatif&#xa0;: le certificat du signataire ou de son autorité de certification (.pem)</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/verify.py" line="88"/>
        <source>B&amp;rowse…</source>
        <translation>Pa&amp;rcourir…</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/verify.py" line="89"/>
        <source>Choose a certificate to trust</source>
        <translation>Choisir un certificat à approuver</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/verify.py" line="94"/>
        <source>&amp;Trust also:</source>
        <translation>&amp;Approuver aussi&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/verify.py" line="95"/>
        <source>Trust &amp;my own signing certificate (reports I signed on this computer)</source>
        <translation>Approuver &amp;mon propre certificat de signature (rapports que j&apos;ai signés sur cet ordinateur)</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/verify.py" line="97"/>
        <source>Trust my own signing certificate</source>
        <translation>Approuver mon propre certificat de signature</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/verify.py" line="100"/>
        <source>&amp;Verify</source>
        <translation>&amp;Vérifier</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/verify.py" line="102"/>
        <source>Verify the file</source>
        <translation>Vérifier le fichier</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/verify.py" line="107"/>
        <source>The embedded assessments are compared with this database.</source>
        <translation>Les évaluations intégrées sont comparées à cette base de données.</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/verify.py" line="109"/>
        <source>Tally is locked: the file is checked on its own, without comparing it with the database.</source>
        <translation>Tally est verrouillé&#xa0;: le fichier est vérifié seul, sans le comparer à la base de données.</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/verify.py" line="114"/>
        <source>Verdict</source>
        <translation>Verdict</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/verify.py" line="120"/>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/verify.py" line="122"/>
        <source>Signer</source>
        <translation>Signataire</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/verify.py" line="123"/>
        <source>Signing time</source>
        <translation>Heure de la signature</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/verify.py" line="124"/>
        <source>Trusted</source>
        <translation>Approuvé</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/verify.py" line="125"/>
        <source>Coverage</source>
        <translation>Portée</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/verify.py" line="126"/>
        <source>Embedded data SHA-256</source>
        <translation>SHA-256 des données intégrées</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/verify.py" line="127"/>
        <source>Comparison with this database</source>
        <translation>Comparaison avec cette base de données</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/verify.py" line="128"/>
        <source>What the report states</source>
        <translation>Ce que le rapport indique</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/verify.py" line="129"/>
        <source>Signer:</source>
        <translation>Signataire&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/verify.py" line="130"/>
        <source>Signing time:</source>
        <translation>Heure de la signature&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/verify.py" line="131"/>
        <source>Trusted:</source>
        <translation>Approuvé&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/verify.py" line="132"/>
        <source>Coverage:</source>
        <translation>Portée&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/verify.py" line="133"/>
        <source>Data SHA-256:</source>
        <translation>SHA-256 des données&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/verify.py" line="134"/>
        <source>The report states:</source>
        <translation>Le rapport indique&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/verify.py" line="135"/>
        <source>This database:</source>
        <translation>Cette base de données&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/verify.py" line="138"/>
        <source>Full verification report</source>
        <translation>Rapport de vérification complet</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/verify.py" line="148"/>
        <source>Full report</source>
        <translation>Rapport complet</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/verify.py" line="182"/>
        <source>Choose a PDF file to verify.</source>
        <translation>Choisissez un fichier PDF à vérifier.</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/verify.py" line="226"/>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/verify.py" line="226"/>
        <source>NO</source>
        <translation>NON</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/verify.py" line="230"/>
        <source> (as stated by the signer)</source>
        <translation> (selon le signataire)</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/verify.py" line="230"/>
        <source>not stated</source>
        <translation>non indiqué</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/verify.py" line="232"/>
        <source>: add the signer&apos;s or their CA&apos;s certificate under Trust also, or as a trusted root in Signing identity</source>
        <translation>&#xa0;: ajoutez le certificat du signataire ou de son autorité de certification sous Approuver aussi, ou comme racine approuvée dans Identité de signature</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/verify.py" line="234"/>
        <source>the entire file</source>
        <translation>le fichier entier</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/verify.py" line="242"/>
        <source> (does NOT match)</source>
        <translation> (NE correspond PAS)</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/verify.py" line="252"/>
        <source>not compared (Tally is locked)</source>
        <translation>non comparé (Tally est verrouillé)</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/verify.py" line="277"/>
        <source>%1, version %2: total %3</source>
        <translation>%1, version %2&#xa0;: total %3</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/verify.py" line="278"/>
        <source>%1, version %2: no total (hierarchy)</source>
        <translation>%1, version %2&#xa0;: aucun total (hiérarchie)</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/verify.py" line="311"/>
        <source>%1 is authentic but %2</source>
        <translation>%1 est authentique, mais %2</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/verify.py" line="315"/>
        <source>%1 is authentic but was voided on %2: %3</source>
        <translation>%1 est authentique, mais a été invalidée le %2&#xa0;: %3</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/verify.py" line="318"/>
        <source>%1 is authentic but was voided in this database</source>
        <translation>%1 est authentique, mais a été invalidée dans cette base de données</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/verify.py" line="321"/>
        <source>%1 is authentic, but not in this database, so it cannot be shown to be current</source>
        <translation>%1 est authentique, mais absent de cette base de données&#xa0;: on ne peut donc pas montrer qu&apos;il est à jour</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/verify.py" line="327"/>
        <source>UNREADABLE — %1</source>
        <translation>ILLISIBLE — %1</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/verify.py" line="332"/>
        <source>AUTHENTIC but NOT CURRENT — %1</source>
        <translation>AUTHENTIQUE mais PAS À JOUR — %1</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/verify.py" line="336"/>
        <source>VALID and trusted — intact, signed by %1, covering the whole file</source>
        <translation>VALIDE et approuvé — intact, signé par %1, couvrant tout le fichier</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/verify.py" line="338"/>
        <source>INVALID or tampered — %1</source>
        <translation>INVALIDE ou altéré — %1</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/verify.py" line="354"/>
        <source>Signed PDF</source>
        <translation>PDF signé</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/verify.py" line="355"/>
        <source>PDF (*.pdf);;All files (*)</source>
        <translation>PDF (*.pdf);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/verify.py" line="361"/>
        <source>Certificate to trust</source>
        <translation>Certificat à approuver</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/verify.py" line="362"/>
        <source>Certificates (*.pem *.crt *.cer *.der);;All files (*)</source>
        <translation>Certificats (*.pem *.crt *.cer *.der);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/verify.py" line="370"/>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
</context>
<context>
    <name>Wizard</name>
    <message>
        <location filename="../../desktop/tally/ui/assessment/text.py" line="254"/>
        <source>Check:</source>
        <translation>Vérifier&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/assessment/text.py" line="255"/>
        <source>Note:</source>
        <translation>Note&#xa0;:</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/assessment/wizard.py" line="104"/>
        <source>Coding guidance (Ctrl+G)</source>
        <translation>Consignes de cotation (Ctrl+G)</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/assessment/wizard.py" line="106"/>
        <source>Coding guidance and research context for the item on screen</source>
        <translation>Consignes de cotation et contexte de recherche pour l&apos;item affiché</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/assessment/wizard.py" line="111"/>
        <source>Coding guidance</source>
        <translation>Consignes de cotation</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/assessment/wizard.py" line="118"/>
        <source>Items</source>
        <translation>Items</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/assessment/wizard.py" line="137"/>
        <source>← Back (Alt+P)</source>
        <translation>← Précédent (Alt+P)</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/assessment/wizard.py" line="138"/>
        <source>Previous item</source>
        <translation>Item précédent</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/assessment/wizard.py" line="140"/>
        <location filename="../../desktop/tally/ui/assessment/wizard.py" line="304"/>
        <source>Next → (Enter, Alt+N)</source>
        <translation>Suivant → (Entrée, Alt+N)</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/assessment/wizard.py" line="142"/>
        <source>Next item</source>
        <translation>Item suivant</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/assessment/wizard.py" line="144"/>
        <source>Review (Ctrl+R)</source>
        <translation>Révision (Ctrl+R)</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/assessment/wizard.py" line="145"/>
        <source>Review all items</source>
        <translation>Réviser tous les items</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/assessment/wizard.py" line="152"/>
        <source>Save state</source>
        <translation>État de l&apos;enregistrement</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/assessment/wizard.py" line="234"/>
        <source>Link the CASIC of %1 (Ctrl+K)</source>
        <translation>Lier le CASIC du %1 (Ctrl+K)</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/assessment/wizard.py" line="236"/>
        <source>Start a CASIC for this case (Ctrl+K)</source>
        <translation>Commencer un CASIC pour ce dossier (Ctrl+K)</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/assessment/wizard.py" line="237"/>
        <source>No CASIC is linked. When there is no admission and no diagnosis, a linked CASIC&apos;s total scores this item.</source>
        <translation>Aucun CASIC n&apos;est lié. En l&apos;absence d&apos;aveu et de diagnostic, le total d&apos;un CASIC lié cote cet item.</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/assessment/wizard.py" line="241"/>
        <source>Linked CASIC of %1, version %2 (%3): total %4, %5 of %6 items answered.</source>
        <translation>CASIC lié du %1, version %2 (%3)&#xa0;: total %4, %5 items cotés sur %6.</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/assessment/wizard.py" line="247"/>
        <source>Its total scores this item.</source>
        <translation>Son total cote cet item.</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/assessment/wizard.py" line="249"/>
        <source>Tick the statement above when it holds: until then the CASIC does not score this item.</source>
        <translation>Cochez l&apos;énoncé ci-dessus s&apos;il s&apos;applique&#xa0;: d&apos;ici là, le CASIC ne cote pas cet item.</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/assessment/wizard.py" line="252"/>
        <source>An admission or a diagnosis is on file: score this item from it, not from the CASIC.</source>
        <translation>Un aveu ou un diagnostic figure au dossier&#xa0;: cotez cet item d&apos;après lui, non d&apos;après le CASIC.</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/assessment/wizard.py" line="255"/>
        <source>The CASIC scores this item once all its items are answered.</source>
        <translation>Le CASIC cote cet item une fois tous ses items cotés.</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/assessment/wizard.py" line="256"/>
        <source>The linked CASIC was voided: unlink it.</source>
        <translation>Le CASIC lié a été invalidé&#xa0;: déliez-le.</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/assessment/wizard.py" line="259"/>
        <source>Open the linked CASIC (Ctrl+K)</source>
        <translation>Ouvrir le CASIC lié (Ctrl+K)</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/assessment/wizard.py" line="304"/>
        <source>Review → (Enter, Alt+N)</source>
        <translation>Révision → (Entrée, Alt+N)</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/assessment/wizard.py" line="364"/>
        <source>Read-only: this version is %1</source>
        <translation>Lecture seule&#xa0;: cette version est %1</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/assessment/wizard.py" line="368"/>
        <source>All changes saved</source>
        <translation>Toutes les modifications sont enregistrées</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/assessment/wizard.py" line="461"/>
        <source>%1… (type the second digit, or wait)</source>
        <translation>%1… (tapez le second chiffre ou attendez)</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/assessment/wizard.py" line="476"/>
        <source>Key %1 is not a score here: press a key shown beside a score.</source>
        <translation>La touche %1 n&apos;est pas une cote ici&#xa0;: appuyez sur une touche affichée à côté d&apos;une cote.</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/assessment/wizard.py" line="506"/>
        <source>Override a derived item</source>
        <translation>Remplacer un item déduit</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/assessment/wizard.py" line="508"/>
        <source>Tally derived %1 from the case facts (%2). Scoring %3 instead overrides it. Say why: the reason is kept with the assessment.</source>
        <translation>Tally a déduit %1 des faits du dossier (%2). Coter %3 à la place la remplace. Indiquez pourquoi&#xa0;: le motif est conservé avec l&apos;évaluation.</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/assessment/wizard.py" line="514"/>
        <source>&amp;Override</source>
        <translation>&amp;Remplacer</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/assessment/wizard.py" line="642"/>
        <source>Saving…</source>
        <translation>Enregistrement…</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/assessment/wizard.py" line="723"/>
        <source>How Tally derives it</source>
        <translation>Comment Tally le déduit</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/assessment/wizard.py" line="724"/>
        <source>Research context</source>
        <translation>Contexte de recherche</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/assessment/wizard.py" line="725"/>
        <source>Scores</source>
        <translation>Cotes</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/assessment/wizard.py" line="726"/>
        <source>Authoritative rule:</source>
        <translation>Règle qui fait autorité&#xa0;:</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <location filename="../../desktop/tally/ui/workspace.py" line="45"/>
        <source>No case selected</source>
        <translation>Aucun dossier sélectionné</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/workspace.py" line="47"/>
        <source>Choose a case on the left (Ctrl+1 goes to the list, Ctrl+F searches) or create one with Ctrl+N.</source>
        <translation>Choisissez un dossier à gauche (Ctrl+1 mène à la liste, Ctrl+F lance la recherche) ou créez-en un avec Ctrl+N.</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/workspace.py" line="54"/>
        <source>Open case and assessments</source>
        <translation>Dossier et évaluations ouverts</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/workspace.py" line="55"/>
        <location filename="../../desktop/tally/ui/workspace.py" line="126"/>
        <source>Case</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/workspace.py" line="136"/>
        <location filename="../../desktop/tally/ui/workspace.py" line="140"/>
        <source>Case %1</source>
        <translation>Dossier %1</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/workspace.py" line="160"/>
        <source>Case created</source>
        <translation>Dossier créé</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/workspace.py" line="211"/>
        <location filename="../../desktop/tally/ui/workspace.py" line="281"/>
        <source>Select a case first.</source>
        <translation>Sélectionnez d&apos;abord un dossier.</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/workspace.py" line="296"/>
        <source>Report written</source>
        <translation>Rapport écrit</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/workspace.py" line="320"/>
        <source>Report context</source>
        <translation>Contexte du rapport</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/workspace.py" line="321"/>
        <source>The report context was not saved: %1</source>
        <translation>Le contexte du rapport n&apos;a pas été enregistré&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/workspace.py" line="349"/>
        <source>Select a case to delete first</source>
        <translation>Sélectionnez d&apos;abord un dossier à supprimer</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/workspace.py" line="366"/>
        <source>Case %1 deleted</source>
        <translation>Dossier %1 supprimé</translation>
    </message>
</context>
</TS>
