<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>AgreementChart</name>
    <message>
        <location filename="../../desktop/tally/ui/training/progress.py" line="38" />
        <source>Agreement over time: %1</source>
        <translation>Concordance au fil du temps : %1</translation>
    </message>
</context>
<context>
    <name>Assessment</name>
    <message>
        <location filename="../../desktop/tally/ui/assessment/item_page.py" line="47" />
        <source>File review</source>
        <translation>Examen du dossier</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/assessment/item_page.py" line="48" />
        <source>Criminal record</source>
        <translation>Casier judiciaire</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/assessment/item_page.py" line="49" />
        <source>Police reports</source>
        <translation>Rapports de police</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/assessment/item_page.py" line="50" />
        <source>Interview</source>
        <translation>Entrevue</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/assessment/item_page.py" line="51" />
        <source>Collateral</source>
        <translation>Sources collatérales</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/assessment/item_page.py" line="52" />
        <source>Supervision notes</source>
        <translation>Notes de surveillance</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/assessment/item_page.py" line="53" />
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/assessment/navigator.py" line="33" />
        <source>answered</source>
        <translation>coté</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/assessment/navigator.py" line="34" />
        <source>derived</source>
        <translation>déduit</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/assessment/navigator.py" line="35" />
        <source>overridden</source>
        <translation>remplacé</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/assessment/navigator.py" line="36" />
        <source>missing</source>
        <translation>manquant</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/assessment/text.py" line="35" />
        <source>from the research talk</source>
        <translation>tiré de la conférence de recherche</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/assessment/text.py" line="36" />
        <source>published</source>
        <translation>publié</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/assessment/text.py" line="37" />
        <source>UNCONFIRMED: not yet checked against a primary source</source>
        <translation>NON CONFIRMÉ : pas encore vérifié dans une source primaire</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/assessment/text.py" line="62" />
        <source>manual</source>
        <translation>manuel</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/assessment/text.py" line="63" />
        <source>official code</source>
        <translation>code officiel</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/assessment/text.py" line="64" />
        <source>peer-reviewed</source>
        <translation>révisé par les pairs</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/assessment/text.py" line="65" />
        <source>abstract only</source>
        <translation>résumé seulement</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/assessment/text.py" line="66" />
        <source>secondary</source>
        <translation>secondaire</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/assessment/text.py" line="67" />
        <source>talk</source>
        <translation>conférence</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/assessment/text.py" line="68" />
        <source>third-party</source>
        <translation>tiers</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/assessment/text.py" line="85" />
        <source>talk or third-party source only</source>
        <translation>conférence ou source tierce seulement</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/assessment/text.py" line="97" />
        <source>, p. %1</source>
        <translation>, p. %1</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/assessment/text.py" line="98" />
        <source>corrected locally by %1 against %2, %3%4 (%5)</source>
        <translation>corrigé localement par %1 d'après %2, %3%4 (%5)</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/assessment/text.py" line="100" />
        <source>confirmed locally by %1 against %2, %3%4 (%5)</source>
        <translation>confirmé localement par %1 d'après %2, %3%4 (%5)</translation>
    </message>
</context>
<context>
    <name>AssessmentStatus</name>
    <message>
        <location filename="../../desktop/tally/ui/case_summary.py" line="25" />
        <source>Draft</source>
        <translation>Brouillon</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/case_summary.py" line="26" />
        <source>Locked</source>
        <translation>Verrouillée</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/case_summary.py" line="27" />
        <source>Signed</source>
        <translation>Signée</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/case_summary.py" line="28" />
        <source>Superseded by an amendment</source>
        <translation>Remplacée par une modification</translation>
    </message>
</context>
<context>
    <name>AssessmentTable</name>
    <message>
        <location filename="../../desktop/tally/ui/case_profile.py" line="292" />
        <source>Instrument</source>
        <translation>Instrument</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/case_profile.py" line="293" />
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/case_profile.py" line="294" />
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/case_profile.py" line="295" />
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/case_profile.py" line="296" />
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/case_profile.py" line="297" />
        <source>Band</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/case_profile.py" line="303" />
        <source>Assessments of this case</source>
        <translation>Évaluations de ce dossier</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/tally/ui/case_profile.py" line="322" />
        <source>%1 so far (%n missing)</source>
        <translation><numerusform>%1 jusqu'ici (%n manquant)</numerusform><numerusform>%1 jusqu'ici (%n manquants)</numerusform></translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/case_profile.py" line="324" />
        <source>not yet</source>
        <translation>pas encore</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/case_profile.py" line="333" />
        <source>Scored with a different version of this form file</source>
        <translation>Cotée avec une autre version de ce formulaire</translation>
    </message>
</context>
<context>
    <name>AssessmentView</name>
    <message>
        <location filename="../../desktop/tally/ui/assessment/view.py" line="74" />
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/assessment/view.py" line="76" />
        <source>Close (Ctrl+W)</source>
        <translation>Fermer (Ctrl+W)</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/assessment/view.py" line="77" />
        <source>Close the assessment</source>
        <translation>Fermer l'évaluation</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/assessment/view.py" line="210" />
        <source>Submit for feedback</source>
        <translation>Soumettre pour rétroaction</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/assessment/view.py" line="211" />
        <source>Submit your scores? They cannot be changed afterwards.</source>
        <translation>Soumettre vos cotes? Elles ne pourront plus être modifiées ensuite.</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/assessment/view.py" line="212" />
        <source>&amp;Submit</source>
        <translation>&amp;Soumettre</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/assessment/view.py" line="214" />
        <source>Lock the assessment</source>
        <translation>Verrouiller l'évaluation</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/assessment/view.py" line="216" />
        <source>Lock version %1 of this %2? Nothing can change after locking; a correction needs an amendment with a reason, and the locked version stays on record.</source>
        <translation>Verrouiller la version %1 de cette évaluation %2? Plus rien ne peut changer après le verrouillage; une correction exige une modification motivée, et la version verrouillée reste au dossier.</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/assessment/view.py" line="219" />
        <source>&amp;Lock</source>
        <translation>&amp;Verrouiller</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/assessment/view.py" line="221" />
        <source>%1 item(s) are still missing.</source>
        <translation>Il manque encore %1 item(s).</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/assessment/view.py" line="255" />
        <source>Amend the assessment</source>
        <translation>Modifier l'évaluation</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/assessment/view.py" line="257" />
        <source>Amending makes version %1 as a new draft with the same answers. The locked version stays unchanged. Say why it is amended.</source>
        <translation>La modification crée la version %1, un nouveau brouillon avec les mêmes réponses. La version verrouillée reste inchangée. Indiquez le motif de la modification.</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/assessment/view.py" line="260" />
        <source>&amp;Amend</source>
        <translation>&amp;Modifier</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/assessment/view.py" line="298" />
        <source>Not saved: %1</source>
        <translation>Non enregistré : %1</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/assessment/view.py" line="303" />
        <source>Total %1</source>
        <translation>Total %1</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/assessment/view.py" line="305" />
        <source>incomplete, %1 missing</source>
        <translation>incomplet, %1 manquant(s)</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/assessment/view.py" line="309" />
        <source>no risk categories published</source>
        <translation>aucune catégorie de risque publiée</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/assessment/view.py" line="313" />
        <source>UNCONFIRMED band: cut-offs not yet checked against a primary source</source>
        <translation>Catégorie NON CONFIRMÉE : seuils pas encore vérifiés dans une source primaire</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/assessment/view.py" line="320" />
        <source>%1 %2 · %3 · version %4 · %5</source>
        <translation>%1 %2 · %3 · version %4 · %5</translation>
    </message>
</context>
<context>
    <name>CaseAuthoringDialog</name>
    <message>
        <location filename="../../desktop/tally/ui/training/authoring.py" line="68" />
        <source>New sample case</source>
        <translation>Nouveau cas d'exercice</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/training/authoring.py" line="90" />
        <source>not given</source>
        <translation>non indiqué</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/training/authoring.py" line="93" />
        <source>Vignette: '## Heading' starts a section</source>
        <translation>Vignette : « ## Titre » commence une section</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/training/authoring.py" line="99" />
        <source>scoring date, optional</source>
        <translation>date de cotation, facultative</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/training/authoring.py" line="109" />
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/training/authoring.py" line="110" />
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/training/authoring.py" line="111" />
        <source>One-line summary</source>
        <translation>Résumé en une ligne</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/training/authoring.py" line="112" />
        <source>Difficulty</source>
        <translation>Difficulté</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/training/authoring.py" line="113" />
        <source>Offence pattern</source>
        <translation>Profil d'infractions</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/training/authoring.py" line="119" />
        <source>Facts</source>
        <translation>Faits</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/training/authoring.py" line="120" />
        <source>CASIC total</source>
        <translation>Total CASIC</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/training/authoring.py" line="121" />
        <source>Vignette</source>
        <translation>Vignette</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/training/authoring.py" line="125" />
        <source>Reference scoring</source>
        <translation>Cotation de référence</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/training/authoring.py" line="152" />
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/training/authoring.py" line="152" />
        <source>Score</source>
        <translation>Cote</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/training/authoring.py" line="152" />
        <source>Rationale</source>
        <translation>Justification</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/training/authoring.py" line="153" />
        <source>Guidance that decides it</source>
        <translation>Consigne déterminante</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/training/authoring.py" line="162" />
        <source>Rationale for %1</source>
        <translation>Justification pour %1</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/training/authoring.py" line="223" />
        <source>A case with the id '%1' exists; change the code.</source>
        <translation>Un cas portant l'identifiant « %1 » existe déjà; changez le code.</translation>
    </message>
</context>
<context>
    <name>CaseListPanel</name>
    <message>
        <location filename="../../desktop/tally/ui/case_list.py" line="187" />
        <source>Search case id or notes (Ctrl+F)</source>
        <translation>Chercher un identifiant ou une note (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/case_list.py" line="189" />
        <source>Search cases</source>
        <translation>Chercher des dossiers</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/case_list.py" line="191" />
        <source>Number of cases</source>
        <translation>Nombre de dossiers</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/case_list.py" line="193" />
        <source>Cases</source>
        <translation>Dossiers</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/case_list.py" line="213" />
        <source>New case…</source>
        <translation>Nouveau dossier…</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/case_list.py" line="214" />
        <source>New case (Ctrl+N)</source>
        <translation>Nouveau dossier (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/case_list.py" line="215" />
        <source>New case</source>
        <translation>Nouveau dossier</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/tally/ui/case_list.py" line="253" />
        <source>%n case(s) match</source>
        <translation><numerusform>%n dossier correspond</numerusform><numerusform>%n dossiers correspondent</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/tally/ui/case_list.py" line="255" />
        <source>%n case(s)</source>
        <translation><numerusform>%n dossier</numerusform><numerusform>%n dossiers</numerusform></translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/case_list.py" line="259" />
        <source>Search failed: %1</source>
        <translation>La recherche a échoué : %1</translation>
    </message>
</context>
<context>
    <name>CasePicker</name>
    <message>
        <location filename="../../desktop/tally/ui/training/practice.py" line="40" />
        <source>Sample cases</source>
        <translation>Cas d'exercice</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/training/practice.py" line="42" />
        <source>Case</source>
        <translation>Cas</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/training/practice.py" line="42" />
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/training/practice.py" line="42" />
        <source>Difficulty</source>
        <translation>Difficulté</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/training/practice.py" line="42" />
        <source>Instruments</source>
        <translation>Instruments</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/training/practice.py" line="54" />
        <source>Instrument to practise</source>
        <translation>Instrument à pratiquer</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/training/practice.py" line="55" />
        <source>&amp;Start practice</source>
        <translation>&amp;Commencer l'exercice</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/training/practice.py" line="58" />
        <source>Instrument:</source>
        <translation>Instrument :</translation>
    </message>
</context>
<context>
    <name>CaseProfile</name>
    <message>
        <location filename="../../desktop/tally/ui/case_profile.py" line="60" />
        <source>%1: write the date as YYYY-MM-DD (for example 1980-04-23).</source>
        <translation>%1 : écrivez la date sous la forme AAAA-MM-JJ (par exemple 1980-04-23).</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/case_profile.py" line="63" />
        <source>%1 cannot be in the future.</source>
        <translation>%1 ne peut pas être dans le futur.</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/case_profile.py" line="65" />
        <source>%1: the year %2 is not plausible.</source>
        <translation>%1 : l'année %2 n'est pas plausible.</translation>
    </message>
</context>
<context>
    <name>CaseSummary</name>
    <message>
        <location filename="../../desktop/tally/ui/case_summary.py" line="57" />
        <source>this instrument's form is not installed</source>
        <translation>le formulaire de cet instrument n'est pas installé</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/case_summary.py" line="71" />
        <source>(unconfirmed cut-offs)</source>
        <translation>(seuils non confirmés)</translation>
    </message>
</context>
<context>
    <name>CaseTableModel</name>
    <message>
        <location filename="../../desktop/tally/ui/case_list.py" line="43" />
        <source>Case</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/case_list.py" line="44" />
        <source>Date of birth</source>
        <translation>Date de naissance</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/case_list.py" line="45" />
        <source>Offending pattern</source>
        <translation>Profil d'infractions</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/case_list.py" line="46" />
        <source>Assessments</source>
        <translation>Évaluations</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/case_list.py" line="47" />
        <source>Last changed</source>
        <translation>Dernière modification</translation>
    </message>
</context>
<context>
    <name>CaseView</name>
    <message>
        <location filename="../../desktop/tally/ui/case_profile.py" line="379" />
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/case_profile.py" line="387" />
        <source>Assessments</source>
        <translation>Évaluations</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/case_profile.py" line="388" />
        <source>&amp;Open</source>
        <translation>&amp;Ouvrir</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/case_profile.py" line="389" />
        <source>Open the selected assessment (Ctrl+O)</source>
        <translation>Ouvrir l'évaluation sélectionnée (Ctrl+O)</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/case_profile.py" line="390" />
        <source>Open assessment</source>
        <translation>Ouvrir l'évaluation</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/case_profile.py" line="391" />
        <source>&amp;Add instrument…</source>
        <translation>&amp;Ajouter un instrument…</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/case_profile.py" line="392" />
        <source>Choose an instrument for this case (Ctrl+I)</source>
        <translation>Choisir un instrument pour ce dossier (Ctrl+I)</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/case_profile.py" line="393" />
        <source>Add instrument</source>
        <translation>Ajouter un instrument</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/case_profile.py" line="395" />
        <source>Sign and e&amp;xport PDF…</source>
        <translation>Signer et e&amp;xporter en PDF…</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/case_profile.py" line="397" />
        <source>One signed PDF of locked assessments of this case (Ctrl+Shift+E)</source>
        <translation>Un PDF signé des évaluations verrouillées de ce dossier (Ctrl+Maj+E)</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/case_profile.py" line="398" />
        <source>Sign and export PDF</source>
        <translation>Signer et exporter en PDF</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/case_profile.py" line="405" />
        <source>No assessments yet. Choose an instrument to start one.</source>
        <translation>Aucune évaluation pour l'instant. Choisissez un instrument pour en commencer une.</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/case_profile.py" line="412" />
        <source>Dynamic scores over time</source>
        <translation>Scores dynamiques au fil du temps</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/case_profile.py" line="440" />
        <source>Case %1</source>
        <translation>Dossier %1</translation>
    </message>
</context>
<context>
    <name>CasicDialog</name>
    <message>
        <location filename="../../desktop/tally/ui/assessment/casic_dialog.py" line="40" />
        <source>CASIC for CPORT item 5</source>
        <translation>CASIC pour l'item 5 du CPORT</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/assessment/casic_dialog.py" line="50" />
        <source>Use the CASIC only when there is neither an admission nor a diagnosis of sexual interest in children. Press 0 or 1 for the item in focus.</source>
        <translation>N'utilisez le CASIC que s'il n'y a ni aveu ni diagnostic d'intérêt sexuel envers les enfants. Appuyez sur 0 ou 1 pour l'item sélectionné.</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/assessment/casic_dialog.py" line="75" />
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/assessment/casic_dialog.py" line="94" />
        <source>CASIC total</source>
        <translation>Total CASIC</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/assessment/casic_dialog.py" line="97" />
        <source>Use this total</source>
        <translation>Utiliser ce total</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/assessment/casic_dialog.py" line="99" />
        <source>Use this CASIC total for item 5</source>
        <translation>Utiliser ce total CASIC pour l'item 5</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/assessment/casic_dialog.py" line="101" />
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/assessment/casic_dialog.py" line="164" />
        <source>CASIC %1 of %2 (%3)</source>
        <translation>CASIC %1 sur %2 (%3)</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/assessment/casic_dialog.py" line="173" />
        <source>a total of %1 or more: item 5 scores 1</source>
        <translation>un total de %1 ou plus : l'item 5 est coté 1</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/assessment/casic_dialog.py" line="175" />
        <source>below %1: item 5 scores 0</source>
        <translation>sous %1 : l'item 5 est coté 0</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/assessment/casic_dialog.py" line="177" />
        <source>CASIC total %1 of 6 — %2. Press Enter to use it.</source>
        <translation>Total CASIC %1 sur 6 — %2. Appuyez sur Entrée pour l'utiliser.</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/assessment/casic_dialog.py" line="181" />
        <source>CASIC total so far %1 (%2 of 6 items answered)</source>
        <translation>Total CASIC à ce jour %1 (%2 items cotés sur 6)</translation>
    </message>
</context>
<context>
    <name>Choice</name>
    <message>
        <location filename="../../desktop/tally/ui/instrument_choice.py" line="45" />
        <source>Applies</source>
        <translation>S'applique</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/instrument_choice.py" line="46" />
        <source>Applies with a partner instrument</source>
        <translation>S'applique avec un instrument partenaire</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/instrument_choice.py" line="47" />
        <source>Does not meet the scoring criteria</source>
        <translation>Ne remplit pas les critères de cotation</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/instrument_choice.py" line="50" />
        <source>from the talk</source>
        <translation>tiré de la conférence</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/instrument_choice.py" line="51" />
        <source>published</source>
        <translation>publié</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/instrument_choice.py" line="52" />
        <source>unconfirmed</source>
        <translation>non confirmé</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/instrument_choice.py" line="55" />
        <source>Static (actuarial)</source>
        <translation>Statique (actuariel)</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/instrument_choice.py" line="56" />
        <source>Dynamic (changeable factors)</source>
        <translation>Dynamique (facteurs modifiables)</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/instrument_choice.py" line="57" />
        <source>Companion scale</source>
        <translation>Échelle complémentaire</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/instrument_choice.py" line="109" />
        <source>The case facts could not be read: %1</source>
        <translation>Les faits du dossier n'ont pas pu être lus : %1</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/instrument_choice.py" line="117" />
        <source>%1: not pre-filled (%2).</source>
        <translation>%1 : non prérempli (%2).</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/instrument_choice.py" line="118" />
        <source>facts missing</source>
        <translation>faits manquants</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/instrument_choice.py" line="120" />
        <source>%1: pre-filled from the case facts (%2 points).</source>
        <translation>%1 : prérempli d'après les faits du dossier (%2 points).</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/instrument_choice.py" line="149" />
        <source>Needs a static partner for this case: %1. This case has %2.</source>
        <translation>Exige un partenaire statique pour ce dossier : %1. Ce dossier a %2.</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/instrument_choice.py" line="150" />
        <source> or </source>
        <translation> ou </translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/instrument_choice.py" line="151" />
        <source>none applies</source>
        <translation>aucun ne s'applique</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/instrument_choice.py" line="152" />
        <source>none yet</source>
        <translation>aucun pour l'instant</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/instrument_choice.py" line="154" />
        <source>this case has it</source>
        <translation>ce dossier l'a</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/instrument_choice.py" line="155" />
        <source>not yet scored for this case</source>
        <translation>pas encore coté pour ce dossier</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/instrument_choice.py" line="156" />
        <source>Scored together with %1 (%2).</source>
        <translation>Coté avec %1 (%2).</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/instrument_choice.py" line="157" />
        <source>Can be followed with %1 (%2).</source>
        <translation>Peut être suivi de %1 (%2).</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/instrument_choice.py" line="163" />
        <source>Companion to %1: its total feeds the partner's item; it is not a risk level.</source>
        <translation>Complément de %1 : son total alimente l'item du partenaire; ce n'est pas un niveau de risque.</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/instrument_choice.py" line="166" />
        <source>A CASIC total is already recorded in the profile: %1.</source>
        <translation>Un total CASIC est déjà consigné dans le profil : %1.</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/instrument_choice.py" line="171" />
        <source>Combine with: %1.</source>
        <translation>À combiner avec : %1.</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/instrument_choice.py" line="364" />
        <source>version</source>
        <translation>version</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/instrument_choice.py" line="365" />
        <source>For CSEM cases (the talk’s defensibility table)</source>
        <translation>Pour les dossiers de MESE (le tableau de défendabilité de la conférence)</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/instrument_choice.py" line="366" />
        <source>Research context</source>
        <translation>Contexte de recherche</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/instrument_choice.py" line="367" />
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/instrument_choice.py" line="368" />
        <source>Population</source>
        <translation>Population</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/instrument_choice.py" line="369" />
        <source>From the case facts</source>
        <translation>D'après les faits du dossier</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/instrument_choice.py" line="370" />
        <source>Already in this case</source>
        <translation>Déjà dans ce dossier</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/instrument_choice.py" line="371" />
        <source>Manual</source>
        <translation>Manuel</translation>
    </message>
</context>
<context>
    <name>ConfirmDialog</name>
    <message>
        <location filename="../../desktop/tally/ui/assessment/dialogs.py" line="85" />
        <location filename="../../desktop/tally/ui/assessment/dialogs.py" line="86" />
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>DatabaseStep</name>
    <message>
        <location filename="../../desktop/tally/ui/first_run.py" line="71" />
        <source>Welcome to Tally</source>
        <translation>Bienvenue dans Tally</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/first_run.py" line="73" />
        <source>Tally keeps your cases in one encrypted database on this computer. Choose a passphrase to lock it: a few unrelated words are strong and easy to remember.</source>
        <translation>Tally conserve vos dossiers dans une seule base de données chiffrée sur cet ordinateur. Choisissez une phrase de passe pour la verrouiller : quelques mots sans lien entre eux sont robustes et faciles à retenir.</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/first_run.py" line="75" />
        <location filename="../../desktop/tally/ui/first_run.py" line="139" />
        <source>Database: %1</source>
        <translation>Base de données : %1</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/first_run.py" line="81" />
        <source>Passphrase</source>
        <translation>Phrase de passe</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/first_run.py" line="84" />
        <source>Repeat passphrase</source>
        <translation>Répéter la phrase de passe</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/first_run.py" line="85" />
        <source>&amp;Passphrase:</source>
        <translation>&amp;Phrase de passe :</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/first_run.py" line="86" />
        <source>&amp;Repeat it:</source>
        <translation>&amp;Répétez-la :</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/first_run.py" line="91" />
        <source>Passphrase strength</source>
        <translation>Robustesse de la phrase de passe</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/first_run.py" line="96" />
        <source>Strength:</source>
        <translation>Robustesse :</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/first_run.py" line="100" />
        <source>Nothing can recover a forgotten passphrase. Not Tally, not your IT department, not us: without it the database cannot be opened and its cases are lost. Write it down and keep it somewhere safe.</source>
        <translation>Rien ne permet de récupérer une phrase de passe oubliée. Ni Tally, ni votre service informatique, ni nous : sans elle, la base de données ne peut pas être ouverte et ses dossiers sont perdus. Notez-la et conservez-la en lieu sûr.</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/first_run.py" line="103" />
        <source>Warning: a forgotten passphrase cannot be recovered</source>
        <translation>Avertissement : une phrase de passe oubliée ne peut pas être récupérée</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/first_run.py" line="106" />
        <source>I &amp;understand that a forgotten passphrase cannot be recovered</source>
        <translation>Je &amp;comprends qu'une phrase de passe oubliée ne peut pas être récupérée</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/first_run.py" line="107" />
        <source>I understand a forgotten passphrase is lost</source>
        <translation>Je comprends qu'une phrase de passe oubliée est perdue</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/first_run.py" line="111" />
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/first_run.py" line="114" />
        <source>&amp;Open an existing database…</source>
        <translation>&amp;Ouvrir une base de données existante…</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/first_run.py" line="115" />
        <source>Open an existing database</source>
        <translation>Ouvrir une base de données existante</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/first_run.py" line="116" />
        <source>&amp;Create database</source>
        <translation>Cré&amp;er la base de données</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/first_run.py" line="118" />
        <source>Create database</source>
        <translation>Créer la base de données</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/tally/ui/first_run.py" line="145" />
        <source>Use at least %n characters.</source>
        <translation><numerusform>Utilisez au moins %n caractère.</numerusform><numerusform>Utilisez au moins %n caractères.</numerusform></translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/first_run.py" line="147" />
        <source>This passphrase is too easy to guess: add another word or two.</source>
        <translation>Cette phrase de passe est trop facile à deviner : ajoutez un mot ou deux.</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/first_run.py" line="149" />
        <source>The two passphrases are not the same yet.</source>
        <translation>Les deux phrases de passe ne sont pas encore identiques.</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/first_run.py" line="151" />
        <source>Tick the box to confirm you have read the warning.</source>
        <translation>Cochez la case pour confirmer que vous avez lu l'avertissement.</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/first_run.py" line="156" />
        <source>Very weak</source>
        <translation>Très faible</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/first_run.py" line="156" />
        <source>Weak</source>
        <translation>Faible</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/first_run.py" line="156" />
        <source>Fair</source>
        <translation>Passable</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/first_run.py" line="156" />
        <source>Strong</source>
        <translation>Robuste</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/first_run.py" line="157" />
        <source>Very strong</source>
        <translation>Très robuste</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../desktop/tally/ui/export.py" line="107" />
        <source>Sign and export PDF — case %1</source>
        <translation>Signer et exporter en PDF — dossier %1</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/export.py" line="109" />
        <source>Sign and export PDF</source>
        <translation>Signer et exporter en PDF</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/export.py" line="115" />
        <source>Assessments in this report</source>
        <translation>Évaluations dans ce rapport</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/export.py" line="118" />
        <source>Locked assessments to include</source>
        <translation>Évaluations verrouillées à inclure</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/export.py" line="119" />
        <source>Space ticks or unticks the highlighted assessment</source>
        <translation>La barre d'espace coche ou décoche l'évaluation en surbrillance</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/export.py" line="134" />
        <source>This case has no locked assessment yet. Lock an assessment on its Review page first.</source>
        <translation>Ce dossier n'a encore aucune évaluation verrouillée. Verrouillez d'abord une évaluation à sa page Révision.</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/export.py" line="141" />
        <source>Not offered: %1. A draft can still change, so a signature cannot vouch for it; lock it on its Review page to include it.</source>
        <translation>Non proposées : %1. Un brouillon peut encore changer, une signature ne peut donc pas s'en porter garante; verrouillez-le à sa page Révision pour l'inclure.</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/export.py" line="147" />
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/export.py" line="152" />
        <source>PDF file to write</source>
        <translation>Fichier PDF à écrire</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/export.py" line="153" />
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/export.py" line="154" />
        <source>Choose where to write the PDF</source>
        <translation>Choisir où écrire le PDF</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/export.py" line="162" />
        <source>Report language</source>
        <translation>Langue du rapport</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/export.py" line="164" />
        <source>The language of the report's fixed text, dates and numbers</source>
        <translation>La langue du texte fixe, des dates et des nombres du rapport</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/export.py" line="168" />
        <source>Report &amp;language:</source>
        <translation>&amp;Langue du rapport :</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/export.py" line="173" />
        <source>Signature printed on the page</source>
        <translation>Signature imprimée sur la page</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/export.py" line="176" />
        <source>Printed name</source>
        <translation>Nom imprimé</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/export.py" line="178" />
        <source>Date and time of signing</source>
        <translation>Date et heure de la signature</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/export.py" line="180" />
        <source>Meaning of the signature</source>
        <translation>Signification de la signature</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/export.py" line="185" />
        <source>Signing key passphrase</source>
        <translation>Phrase de passe de la clé de signature</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/export.py" line="186" />
        <source>Printed name:</source>
        <translation>Nom imprimé :</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/export.py" line="187" />
        <source>Date and time:</source>
        <translation>Date et heure :</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/export.py" line="188" />
        <source>&amp;Meaning:</source>
        <translation>&amp;Signification :</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/export.py" line="189" />
        <source>&amp;Key passphrase:</source>
        <translation>Phrase de passe de la &amp;clé :</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/export.py" line="191" />
        <source>Typing the key passphrase confirms that you are signing now. The selected assessments are recorded as signed, and the export goes into the audit trail.</source>
        <translation>Taper la phrase de passe de la clé confirme que vous signez maintenant. Les évaluations choisies sont consignées comme signées, et l'exportation est inscrite au journal d'audit.</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/export.py" line="195" />
        <source>No signing identity</source>
        <translation>Aucune identité de signature</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/export.py" line="198" />
        <source>There is no signing identity on this computer, so the report cannot be signed. Create one (a minute, once), or export without a signature: the page then says in plain words that it is not signed, and nobody can check who wrote it.</source>
        <translation>Il n'y a aucune identité de signature sur cet ordinateur : le rapport ne peut donc pas être signé. Créez-en une (une minute, une seule fois), ou exportez sans signature : la page dit alors clairement qu'elle n'est pas signée, et personne ne peut vérifier qui l'a rédigée.</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/export.py" line="202" />
        <source>Create &amp;signing identity…</source>
        <translation>Créer une identité de &amp;signature…</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/export.py" line="203" />
        <source>Create a signing identity</source>
        <translation>Créer une identité de signature</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/export.py" line="205" />
        <source>Export &amp;without a signature (the page will say it is unsigned)</source>
        <translation>Exporter &amp;sans signature (la page dira qu'elle n'est pas signée)</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/export.py" line="207" />
        <source>Confirm export without a signature</source>
        <translation>Confirmer l'exportation sans signature</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/export.py" line="213" />
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/export.py" line="214" />
        <source>Written</source>
        <translation>Écrit</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/export.py" line="217" />
        <source>Written to</source>
        <translation>Écrit dans</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/export.py" line="219" />
        <source>Signed by</source>
        <translation>Signé par</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/export.py" line="221" />
        <source>Embedded data SHA-256</source>
        <translation>SHA-256 des données intégrées</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/export.py" line="222" />
        <source>Open &amp;folder</source>
        <translation>Ouvrir le &amp;dossier</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/export.py" line="223" />
        <source>Open the folder of the PDF</source>
        <translation>Ouvrir le dossier du PDF</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/export.py" line="227" />
        <source>File:</source>
        <translation>Fichier :</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/export.py" line="228" />
        <source>Signature:</source>
        <translation>Signature :</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/export.py" line="229" />
        <source>Data SHA-256:</source>
        <translation>SHA-256 des données :</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/export.py" line="288" />
        <source>the moment you sign (now: %1)</source>
        <translation>au moment où vous signez (maintenant : %1)</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/export.py" line="313" />
        <source>&amp;Sign and export</source>
        <translation>&amp;Signer et exporter</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/export.py" line="314" />
        <source>&amp;Export unsigned</source>
        <translation>&amp;Exporter sans signature</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/export.py" line="324" />
        <source>Write the report to</source>
        <translation>Écrire le rapport dans</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/export.py" line="324" />
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/export.py" line="341" />
        <source>Choose where to write the PDF.</source>
        <translation>Choisissez où écrire le PDF.</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/export.py" line="345" />
        <source>The file name must end in .pdf.</source>
        <translation>Le nom du fichier doit se terminer par .pdf.</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/export.py" line="348" />
        <source>The folder %1 does not exist.</source>
        <translation>Le dossier %1 n'existe pas.</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/export.py" line="352" />
        <source>%1 already exists. Press the button again to replace it, or choose another name.</source>
        <translation>%1 existe déjà. Appuyez de nouveau sur le bouton pour le remplacer, ou choisissez un autre nom.</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/export.py" line="372" />
        <source>Tick at least one locked assessment.</source>
        <translation>Cochez au moins une évaluation verrouillée.</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/export.py" line="379" />
        <source>Create a signing identity, or confirm an unsigned export.</source>
        <translation>Créez une identité de signature, ou confirmez une exportation sans signature.</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/export.py" line="391" />
        <location filename="../../desktop/tally/ui/export.py" line="437" />
        <source>%1. Nothing was written.</source>
        <translation>%1. Rien n'a été écrit.</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/export.py" line="440" />
        <source>Cannot write %1: %2. Nothing was written.</source>
        <translation>Impossible d'écrire %1 : %2. Rien n'a été écrit.</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/export.py" line="447" />
        <source>The PDF was written, but the database could not record it: %1</source>
        <translation>Le PDF a été écrit, mais la base de données n'a pas pu le consigner : %1</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/export.py" line="456" />
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/export.py" line="459" />
        <source>not signed (the page says so)</source>
        <translation>non signé (la page le dit)</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/export.py" line="466" />
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
</context>
<context>
    <name>FeedbackView</name>
    <message>
        <location filename="../../desktop/tally/ui/training/feedback.py" line="25" />
        <source>Feedback on your scoring</source>
        <translation>Rétroaction sur votre cotation</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/training/feedback.py" line="27" />
        <source>Practise &amp;another case</source>
        <translation>S'exercer sur un &amp;autre cas</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/training/feedback.py" line="29" />
        <source>See &amp;progress</source>
        <translation>Voir la &amp;progression</translation>
    </message>
</context>
<context>
    <name>FirstRunPage</name>
    <message>
        <location filename="../../desktop/tally/ui/first_run.py" line="262" />
        <source>First run</source>
        <translation>Premier démarrage</translation>
    </message>
</context>
<context>
    <name>IdentityDialog</name>
    <message>
        <location filename="../../desktop/tally/ui/identity.py" line="54" />
        <location filename="../../desktop/tally/ui/identity.py" line="55" />
        <source>Signing identity</source>
        <translation>Identité de signature</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/identity.py" line="59" />
        <source>Current signing identity</source>
        <translation>Identité de signature actuelle</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/identity.py" line="62" />
        <source>Certificate subject</source>
        <translation>Titulaire du certificat</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/identity.py" line="64" />
        <source>Certificate issuer</source>
        <translation>Émetteur du certificat</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/identity.py" line="66" />
        <source>Validity</source>
        <translation>Validité</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/identity.py" line="68" />
        <source>Certificate SHA-256 fingerprint</source>
        <translation>Empreinte SHA-256 du certificat</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/identity.py" line="70" />
        <source>Identity folder</source>
        <translation>Dossier de l'identité</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/identity.py" line="71" />
        <source>Subject:</source>
        <translation>Titulaire :</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/identity.py" line="72" />
        <source>Issuer:</source>
        <translation>Émetteur :</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/identity.py" line="73" />
        <source>Valid:</source>
        <translation>Valide :</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/identity.py" line="74" />
        <source>SHA-256:</source>
        <translation>SHA-256 :</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/identity.py" line="75" />
        <source>Folder:</source>
        <translation>Dossier :</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/identity.py" line="76" />
        <source>&amp;Save certificate for others…</source>
        <translation>&amp;Enregistrer le certificat pour d'autres…</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/identity.py" line="77" />
        <source>Save the signing certificate</source>
        <translation>Enregistrer le certificat de signature</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/identity.py" line="79" />
        <source>Write your certificate (public, no key) so readers can check your reports</source>
        <translation>Écrire votre certificat (public, sans clé) pour que les lecteurs puissent vérifier vos rapports</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/identity.py" line="86" />
        <source>Name printed on signatures</source>
        <translation>Nom imprimé sur les signatures</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/identity.py" line="88" />
        <source>Organisation</source>
        <translation>Organisme</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/identity.py" line="90" />
        <source>E-mail (optional)</source>
        <translation>Courriel (facultatif)</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/identity.py" line="91" />
        <source>Key passphrase</source>
        <translation>Phrase de passe de la clé</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/identity.py" line="92" />
        <source>Key passphrase again</source>
        <translation>Phrase de passe de la clé, de nouveau</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/identity.py" line="93" />
        <source>&amp;Replace the existing identity (its key is lost; reports already signed stay valid)</source>
        <translation>&amp;Remplacer l'identité existante (sa clé est perdue; les rapports déjà signés restent valides)</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/identity.py" line="95" />
        <source>Replace the existing identity</source>
        <translation>Remplacer l'identité existante</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/identity.py" line="96" />
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/identity.py" line="97" />
        <source>&amp;Organisation:</source>
        <translation>&amp;Organisme :</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/identity.py" line="98" />
        <source>&amp;E-mail:</source>
        <translation>&amp;Courriel :</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/identity.py" line="99" />
        <source>Key &amp;passphrase:</source>
        <translation>&amp;Phrase de passe de la clé :</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/identity.py" line="100" />
        <source>&amp;Again:</source>
        <translation>De &amp;nouveau :</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/identity.py" line="102" />
        <source>The key passphrase protects your private signing key and is asked for every time you sign. Nothing can recover it: if it is forgotten, create a new identity. It is separate from the database passphrase.</source>
        <translation>La phrase de passe de la clé protège votre clé privée de signature et est demandée à chaque signature. Rien ne permet de la récupérer : si vous l'oubliez, créez une nouvelle identité. Elle est distincte de la phrase de passe de la base de données.</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/identity.py" line="105" />
        <source>&amp;Create personal certificate</source>
        <translation>&amp;Créer un certificat personnel</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/identity.py" line="107" />
        <source>Create a self-signed signing identity</source>
        <translation>Créer une identité de signature autosignée</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/identity.py" line="108" />
        <source>Re&amp;quest from my CA…</source>
        <translation>&amp;Demander à mon AC…</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/identity.py" line="125" />
        <source>Import &amp;issued certificate…</source>
        <translation>Importer le certificat &amp;délivré…</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/identity.py" line="139" />
        <source>Import PKCS#&amp;12 file…</source>
        <translation>Importer un fichier PKCS#&amp;12…</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/identity.py" line="153" />
        <source>A&amp;dd root certificate…</source>
        <translation>&amp;Ajouter un certificat racine…</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/identity.py" line="110" />
        <source>Create a certificate request for the organisation's CA</source>
        <translation>Créer une demande de certificat pour l'autorité de certification de l'organisme</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/identity.py" line="112" />
        <source>Creates the key here and saves a request file for your organisation's certificate authority; import the certificate it issues on the Import tab</source>
        <translation>Crée la clé ici et enregistre un fichier de demande pour l'autorité de certification de votre organisme; importez le certificat qu'elle délivre dans l'onglet Importer</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/identity.py" line="124" />
        <source>Certificate issued by your organisation's CA for the request made here:</source>
        <translation>Certificat délivré par l'autorité de certification de votre organisme pour la demande faite ici :</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/identity.py" line="126" />
        <source>Import the issued certificate</source>
        <translation>Importer le certificat délivré</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/identity.py" line="129" />
        <source>Or a key with its certificate in a PKCS#12 file (.p12, .pfx). The key is stored again under the new key passphrase below.</source>
        <translation>Ou une clé avec son certificat dans un fichier PKCS#12 (.p12, .pfx). La clé est enregistrée de nouveau sous la nouvelle phrase de passe ci-dessous.</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/identity.py" line="132" />
        <source>PKCS#12 file passphrase</source>
        <translation>Phrase de passe du fichier PKCS#12</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/identity.py" line="133" />
        <source>New key passphrase</source>
        <translation>Nouvelle phrase de passe de la clé</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/identity.py" line="134" />
        <source>New key passphrase again</source>
        <translation>Nouvelle phrase de passe de la clé, de nouveau</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/identity.py" line="135" />
        <source>&amp;File passphrase:</source>
        <translation>Phrase de passe du &amp;fichier :</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/identity.py" line="136" />
        <source>New &amp;key passphrase:</source>
        <translation>Nouvelle phrase de passe de la &amp;clé :</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/identity.py" line="137" />
        <source>A&amp;gain:</source>
        <translation>De n&amp;ouveau :</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/identity.py" line="140" />
        <source>Import a PKCS#12 file</source>
        <translation>Importer un fichier PKCS#12</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/identity.py" line="148" />
        <source>Root certificates of your organisation: reports signed with certificates they issued are shown as trusted when verified on this computer.</source>
        <translation>Certificats racines de votre organisme : les rapports signés avec des certificats qu'ils ont délivrés sont montrés comme approuvés lorsqu'ils sont vérifiés sur cet ordinateur.</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/identity.py" line="151" />
        <source>Trusted root certificates</source>
        <translation>Certificats racines approuvés</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/identity.py" line="154" />
        <source>Add a trusted root certificate</source>
        <translation>Ajouter un certificat racine approuvé</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/identity.py" line="158" />
        <source>Identity actions</source>
        <translation>Actions sur l'identité</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/identity.py" line="159" />
        <source>New identity</source>
        <translation>Nouvelle identité</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/identity.py" line="160" />
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/identity.py" line="161" />
        <source>Trusted roots</source>
        <translation>Racines approuvées</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/identity.py" line="164" />
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/identity.py" line="196" />
        <source> (self-signed)</source>
        <translation> (autosigné)</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/identity.py" line="198" />
        <source>%1 to %2 (UTC)</source>
        <translation>du %1 au %2 (UTC)</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/identity.py" line="202" />
        <source>A certificate request is waiting for your CA; import the certificate it issues.</source>
        <translation>Une demande de certificat attend votre autorité de certification; importez le certificat qu'elle délivre.</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/identity.py" line="204" />
        <source>No signing identity on this computer yet.</source>
        <translation>Aucune identité de signature sur cet ordinateur pour l'instant.</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/identity.py" line="229" />
        <source>The key passphrase needs at least %1 characters.</source>
        <translation>La phrase de passe de la clé doit compter au moins %1 caractères.</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/identity.py" line="234" />
        <source>The two key passphrases differ. Nothing was created.</source>
        <translation>Les deux phrases de passe de la clé diffèrent. Rien n'a été créé.</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/identity.py" line="283" />
        <source>Created a personal signing certificate for %1. Give readers the certificate (Save certificate for others…) so they can check your reports.</source>
        <translation>Certificat personnel de signature créé pour %1. Remettez le certificat aux lecteurs (Enregistrer le certificat pour d'autres…) pour qu'ils puissent vérifier vos rapports.</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/identity.py" line="304" />
        <location filename="../../desktop/tally/ui/identity.py" line="361" />
        <source>Cannot write %1: %2</source>
        <translation>Impossible d'écrire %1 : %2</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/identity.py" line="307" />
        <source>Saved the certificate request %1. Send it to your organisation's CA, then import the certificate it issues (Import tab).</source>
        <translation>Demande de certificat %1 enregistrée. Envoyez-la à l'autorité de certification de votre organisme, puis importez le certificat qu'elle délivre (onglet Importer).</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/identity.py" line="320" />
        <source>Imported the certificate issued to %1.</source>
        <translation>Certificat délivré à %1 importé.</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/identity.py" line="337" />
        <source>Imported the signing identity of %1.</source>
        <translation>Identité de signature de %1 importée.</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/identity.py" line="348" />
        <source>Now trusted: %1</source>
        <translation>Désormais approuvé : %1</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/identity.py" line="356" />
        <source>There is no signing certificate to save.</source>
        <translation>Il n'y a aucun certificat de signature à enregistrer.</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/identity.py" line="364" />
        <source>Saved the certificate %1.</source>
        <translation>Certificat %1 enregistré.</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/identity.py" line="370" />
        <source>tick 'Replace the existing identity' to replace it</source>
        <translation>cochez « Remplacer l'identité existante » pour la remplacer</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/identity.py" line="376" />
        <source>Save certificate request</source>
        <translation>Enregistrer la demande de certificat</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/identity.py" line="377" />
        <source>Certificate request (*.pem *.csr)</source>
        <translation>Demande de certificat (*.pem *.csr)</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/identity.py" line="383" />
        <source>Issued certificate</source>
        <translation>Certificat délivré</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/identity.py" line="384" />
        <location filename="../../desktop/tally/ui/identity.py" line="398" />
        <source>Certificates (*.pem *.crt *.cer *.der);;All files (*)</source>
        <translation>Certificats (*.pem *.crt *.cer *.der);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/identity.py" line="390" />
        <source>PKCS#12 file</source>
        <translation>Fichier PKCS#12</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/identity.py" line="391" />
        <source>PKCS#12 (*.p12 *.pfx);;All files (*)</source>
        <translation>PKCS#12 (*.p12 *.pfx);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/identity.py" line="397" />
        <source>Root certificate</source>
        <translation>Certificat racine</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/identity.py" line="404" />
        <source>Save signing certificate</source>
        <translation>Enregistrer le certificat de signature</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/identity.py" line="405" />
        <source>Certificate (*.pem)</source>
        <translation>Certificat (*.pem)</translation>
    </message>
</context>
<context>
    <name>InstrumentCard</name>
    <message>
        <location filename="../../desktop/tally/ui/training/progress.py" line="95" />
        <source>Proficient</source>
        <translation>Compétent</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/training/progress.py" line="95" />
        <source>In progress</source>
        <translation>En cours</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/training/progress.py" line="100" />
        <source>%1 of %2 scored cases at ≥ %3 · %4</source>
        <translation>%1 des %2 cas cotés à ≥ %3 · %4</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/training/progress.py" line="109" />
        <source>Cases done: %1 (%8 scorings) · attempts: %2 · first-attempt item agreement: %3 · kappa: %4 · weighted kappa (quadratic): %5 · band kappa: %6 · ICC(A,1) of totals: %7</source>
        <translation>Cas faits : %1 (%8 cotations) · tentatives : %2 · concordance des items au premier essai : %3 · kappa : %4 · kappa pondéré (quadratique) : %5 · kappa des catégories : %6 · CCI(A,1) des totaux : %7</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/training/progress.py" line="128" />
        <source>Most often missed: %1</source>
        <translation>Items les plus souvent manqués : %1</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/training/progress.py" line="128" />
        <source>none</source>
        <translation>aucun</translation>
    </message>
</context>
<context>
    <name>InstrumentChoiceDialog</name>
    <message>
        <location filename="../../desktop/tally/ui/instrument_choice.py" line="222" />
        <source>Choose an instrument for case %1</source>
        <translation>Choisir un instrument pour le dossier %1</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/instrument_choice.py" line="224" />
        <source>Choose an instrument</source>
        <translation>Choisir un instrument</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/instrument_choice.py" line="231" />
        <source>Instruments for case %1 (%2). Those that apply come first; each says why, from the form's rules and this case's facts.</source>
        <translation>Instruments pour le dossier %1 (%2). Ceux qui s'appliquent viennent en premier; chacun dit pourquoi, d'après les règles du formulaire et les faits du dossier.</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/instrument_choice.py" line="235" />
        <source>Instruments</source>
        <translation>Instruments</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/instrument_choice.py" line="239" />
        <source>Why this instrument applies or not</source>
        <translation>Pourquoi cet instrument s'applique ou non</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/instrument_choice.py" line="248" />
        <source>Assessment date</source>
        <translation>Date de l'évaluation</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/instrument_choice.py" line="252" />
        <source>Assessment &amp;date:</source>
        <translation>&amp;Date de l'évaluation :</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/instrument_choice.py" line="254" />
        <source>&amp;Start assessment</source>
        <translation>&amp;Commencer l'évaluation</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/instrument_choice.py" line="257" />
        <source>Start assessment</source>
        <translation>Commencer l'évaluation</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/instrument_choice.py" line="260" />
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/instrument_choice.py" line="293" />
        <location filename="../../desktop/tally/ui/instrument_choice.py" line="336" />
        <source>Write the assessment date as YYYY-MM-DD.</source>
        <translation>Écrivez la date de l'évaluation sous la forme AAAA-MM-JJ.</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/instrument_choice.py" line="340" />
        <source>The assessment date cannot be in the future.</source>
        <translation>La date de l'évaluation ne peut pas être dans le futur.</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/instrument_choice.py" line="351" />
        <source>Criteria not met</source>
        <translation>Critères non remplis</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/instrument_choice.py" line="352" />
        <source>%1 does not meet its scoring criteria for this case.</source>
        <translation>%1 ne remplit pas ses critères de cotation pour ce dossier.</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/instrument_choice.py" line="355" />
        <source>Score it anyway (for example for research or a second opinion)?</source>
        <translation>Le coter quand même (par exemple pour la recherche ou un deuxième avis)?</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/instrument_choice.py" line="356" />
        <source>Score anyway</source>
        <translation>Coter quand même</translation>
    </message>
</context>
<context>
    <name>ItemPage</name>
    <message>
        <location filename="../../desktop/tally/ui/assessment/item_page.py" line="95" />
        <source>How this item was derived</source>
        <translation>Comment cet item a été déduit</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/assessment/item_page.py" line="111" />
        <source>Score the CASIC… (Ctrl+K)</source>
        <translation>Coter le CASIC… (Ctrl+K)</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/assessment/item_page.py" line="112" />
        <source>Score the CASIC for this item</source>
        <translation>Coter le CASIC pour cet item</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/assessment/item_page.py" line="122" />
        <source>Score (press the key shown)</source>
        <translation>Cote (appuyez sur la touche indiquée)</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/assessment/item_page.py" line="130" />
        <source>&amp;Rationale (Ctrl+E)</source>
        <translation>&amp;Justification (Ctrl+E)</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/assessment/item_page.py" line="134" />
        <source>Rationale</source>
        <translation>Justification</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/assessment/item_page.py" line="136" />
        <source>Why this score: the evidence you relied on. Saved as you type.</source>
        <translation>Pourquoi cette cote : les éléments sur lesquels vous vous appuyez. Enregistré au fil de la saisie.</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/assessment/item_page.py" line="138" />
        <source>Why this score: the evidence you relied on</source>
        <translation>Pourquoi cette cote : les éléments sur lesquels vous vous appuyez</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/assessment/item_page.py" line="143" />
        <source>Information sources (Alt+I)</source>
        <translation>Sources d'information (Alt+I)</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/assessment/item_page.py" line="149" />
        <source>Source: %1</source>
        <translation>Source : %1</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/assessment/item_page.py" line="189" />
        <source>Item %1 of %2 · %3</source>
        <translation>Item %1 sur %2 · %3</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/assessment/item_page.py" line="231" />
        <source>%1, %2 points, key %3</source>
        <translation>%1, %2 points, touche %3</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/assessment/item_page.py" line="256" />
        <source>Could not be derived from the case facts (%1). Score it by hand.</source>
        <translation>Impossible de le déduire des faits du dossier (%1). Cotez-le à la main.</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/assessment/item_page.py" line="262" />
        <source>Derived from case facts: %1 → %2 (%3).</source>
        <translation>Déduit des faits du dossier : %1 → %2 (%3).</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/assessment/item_page.py" line="268" />
        <source>Overridden by hand. Reason: %1</source>
        <translation>Remplacé à la main. Motif : %1</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/assessment/item_page.py" line="271" />
        <source>Use the derived value (Ctrl+D)</source>
        <translation>Utiliser la valeur déduite (Ctrl+D)</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/assessment/item_page.py" line="272" />
        <source>Use the derived value</source>
        <translation>Utiliser la valeur déduite</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/assessment/item_page.py" line="274" />
        <source>Override… (Ctrl+D)</source>
        <translation>Remplacer… (Ctrl+D)</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/assessment/item_page.py" line="275" />
        <source>Override the derived value</source>
        <translation>Remplacer la valeur déduite</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop/tally/ui/main_window.py" line="44" />
        <location filename="../../desktop/tally/ui/main_window.py" line="45" />
        <location filename="../../desktop/tally/ui/main_window.py" line="353" />
        <source>Tally</source>
        <translation>Tally</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/main_window.py" line="123" />
        <source>&amp;New case…</source>
        <translation>&amp;Nouveau dossier…</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/main_window.py" line="124" />
        <source>&amp;Find case</source>
        <translation>&amp;Chercher un dossier</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/main_window.py" line="125" />
        <source>Go to case &amp;list</source>
        <translation>Aller à la &amp;liste des dossiers</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/main_window.py" line="127" />
        <source>Go to case &amp;profile</source>
        <translation>Aller au &amp;profil du dossier</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/main_window.py" line="129" />
        <source>&amp;Add instrument…</source>
        <translation>&amp;Ajouter un instrument…</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/main_window.py" line="131" />
        <source>&amp;Open selected assessment</source>
        <translation>&amp;Ouvrir l'évaluation sélectionnée</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/main_window.py" line="133" />
        <source>&amp;Close tab</source>
        <translation>&amp;Fermer l'onglet</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/main_window.py" line="134" />
        <source>&amp;Settings…</source>
        <translation>&amp;Paramètres…</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/main_window.py" line="136" />
        <source>&amp;Lock</source>
        <translation>&amp;Verrouiller</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/main_window.py" line="137" />
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/main_window.py" line="138" />
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/main_window.py" line="140" />
        <source>&amp;Training (fictional cases)…</source>
        <translation>&amp;Formation (cas fictifs)…</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/main_window.py" line="142" />
        <source>Sign and &amp;export PDF…</source>
        <translation>Signer et &amp;exporter en PDF…</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/main_window.py" line="144" />
        <source>&amp;Verify a signed PDF…</source>
        <translation>Vérifier un PDF &amp;signé…</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/main_window.py" line="146" />
        <source>Signing &amp;identity…</source>
        <translation>&amp;Identité de signature…</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/main_window.py" line="148" />
        <source>Local &amp;validation…</source>
        <translation>&amp;Validation locale…</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/main_window.py" line="151" />
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/main_window.py" line="157" />
        <source>&amp;Case</source>
        <translation>&amp;Dossier</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/main_window.py" line="162" />
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/main_window.py" line="189" />
        <location filename="../../desktop/tally/ui/main_window.py" line="192" />
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/main_window.py" line="241" />
        <source>Tally database</source>
        <translation>Base de données Tally</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/main_window.py" line="242" />
        <source>Tally database (*.db);;All files (*)</source>
        <translation>Base de données Tally (*.db);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/main_window.py" line="306" />
        <source>That passphrase does not open this database. Nothing was changed; try again.</source>
        <translation>Cette phrase de passe n'ouvre pas cette base de données. Rien n'a été modifié; réessayez.</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/main_window.py" line="330" />
        <source>Tally — %1</source>
        <translation>Tally — %1</translation>
    </message>
</context>
<context>
    <name>Navigator</name>
    <message>
        <location filename="../../desktop/tally/ui/assessment/navigator.py" line="46" />
        <source>Items (Ctrl+J)</source>
        <translation>Items (Ctrl+J)</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/assessment/navigator.py" line="48" />
        <source>Every item with its state; Enter or a click opens it</source>
        <translation>Chaque item avec son état; Entrée ou un clic l'ouvre</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/assessment/navigator.py" line="85" />
        <source>Item %1, %2: %3, score %4</source>
        <translation>Item %1, %2 : %3, cote %4</translation>
    </message>
</context>
<context>
    <name>NeedsProfile</name>
    <message>
        <location filename="../../desktop/tally/ui/assessment/needs_profile.py" line="34" />
        <source>higher</source>
        <translation>plus élevé</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/assessment/needs_profile.py" line="36" />
        <source>lower</source>
        <translation>plus bas</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/assessment/needs_profile.py" line="37" />
        <source>same</source>
        <translation>identique</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/assessment/needs_profile.py" line="41" />
        <source>Needs profile: treatment and supervision targets</source>
        <translation>Profil des besoins : cibles de traitement et de surveillance</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/assessment/needs_profile.py" line="47" />
        <source>No item is scored 1 or 2: no target from this tool.</source>
        <translation>Aucun item n'est coté 1 ou 2 : aucune cible tirée de cet outil.</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/assessment/needs_profile.py" line="61" />
        <source>previously %1, %2</source>
        <translation>auparavant %1, %2</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/assessment/needs_profile.py" line="72" />
        <source>Change since %1 (version %2)</source>
        <translation>Changement depuis le %1 (version %2)</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/assessment/needs_profile.py" line="97" />
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/assessment/needs_profile.py" line="97" />
        <source>Before</source>
        <translation>Avant</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/assessment/needs_profile.py" line="98" />
        <source>Now</source>
        <translation>Maintenant</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/assessment/needs_profile.py" line="98" />
        <source>Change</source>
        <translation>Changement</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/assessment/needs_profile.py" line="107" />
        <source>Total before %1, now %2.</source>
        <translation>Total auparavant %1, maintenant %2.</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/assessment/needs_profile.py" line="118" />
        <source>No earlier assessment of this instrument for this case: change will show from the next one.</source>
        <translation>Aucune évaluation antérieure de cet instrument pour ce dossier : le changement paraîtra à partir de la prochaine.</translation>
    </message>
</context>
<context>
    <name>NewCaseDialog</name>
    <message>
        <location filename="../../desktop/tally/ui/case_profile.py" line="477" />
        <location filename="../../desktop/tally/ui/case_profile.py" line="478" />
        <source>New case</source>
        <translation>Nouveau dossier</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/case_profile.py" line="480" />
        <source>Pseudonymous case id</source>
        <translation>Identifiant pseudonyme du dossier</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/case_profile.py" line="481" />
        <source>Use a pseudonym or file number, never a name.</source>
        <translation>Utilisez un pseudonyme ou un numéro de dossier, jamais un nom.</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/case_profile.py" line="483" />
        <source>Case &amp;id:</source>
        <translation>&amp;Identifiant du dossier :</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/case_profile.py" line="486" />
        <source>&amp;Create case</source>
        <translation>&amp;Créer le dossier</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/case_profile.py" line="501" />
        <source>Enter a case id.</source>
        <translation>Entrez un identifiant de dossier.</translation>
    </message>
</context>
<context>
    <name>OutcomesCard</name>
    <message>
        <location filename="../../desktop/tally/ui/case_outcomes.py" line="85" />
        <source>Follow-up (for local validation; never in reports)</source>
        <translation>Suivi (pour la validation locale; jamais dans les rapports)</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/case_outcomes.py" line="88" />
        <source>Synthetic data warning</source>
        <translation>Avertissement : données synthétiques</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/case_outcomes.py" line="91" />
        <source>Start of follow-up</source>
        <translation>Début du suivi</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/case_outcomes.py" line="92" />
        <source>Follow-up starts at</source>
        <translation>Le suivi commence à</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/case_outcomes.py" line="93" />
        <source>End of follow-up</source>
        <translation>Fin du suivi</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/case_outcomes.py" line="94" />
        <source>Reason follow-up ended</source>
        <translation>Motif de la fin du suivi</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/case_outcomes.py" line="95" />
        <source>Save follow-&amp;up</source>
        <translation>Enregistrer le s&amp;uivi</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/case_outcomes.py" line="96" />
        <source>Save the follow-up period</source>
        <translation>Enregistrer la période de suivi</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/case_outcomes.py" line="99" />
        <source>Starts:</source>
        <translation>Début :</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/case_outcomes.py" line="100" />
        <source>At:</source>
        <translation>À :</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/case_outcomes.py" line="101" />
        <source>Ends:</source>
        <translation>Fin :</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/case_outcomes.py" line="102" />
        <source>Because:</source>
        <translation>Motif :</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/case_outcomes.py" line="109" />
        <source>Event</source>
        <translation>Événement</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/case_outcomes.py" line="109" />
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/case_outcomes.py" line="109" />
        <source>Basis</source>
        <translation>Fondement</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/case_outcomes.py" line="109" />
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/case_outcomes.py" line="110" />
        <source>Recidivism events</source>
        <translation>Événements de récidive</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/case_outcomes.py" line="120" />
        <source>Event type</source>
        <translation>Type d'événement</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/case_outcomes.py" line="121" />
        <source>Event date</source>
        <translation>Date de l'événement</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/case_outcomes.py" line="122" />
        <source>Basis of the event</source>
        <translation>Fondement de l'événement</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/case_outcomes.py" line="124" />
        <source>Source of the event</source>
        <translation>Source de l'événement</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/case_outcomes.py" line="125" />
        <source>e.g. police records check</source>
        <translation>p. ex. vérification des dossiers de police</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/case_outcomes.py" line="126" />
        <source>Add &amp;event</source>
        <translation>Ajouter un &amp;événement</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/case_outcomes.py" line="127" />
        <source>Add the recidivism event</source>
        <translation>Ajouter l'événement de récidive</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/case_outcomes.py" line="128" />
        <source>Delete event</source>
        <translation>Supprimer l'événement</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/case_outcomes.py" line="129" />
        <source>Delete the selected event</source>
        <translation>Supprimer l'événement sélectionné</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/case_outcomes.py" line="139" />
        <source>Follow-up save status</source>
        <translation>État de l'enregistrement du suivi</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/case_outcomes.py" line="160" />
        <source>SYNTHETIC demo follow-up: not a real record.</source>
        <translation>Suivi de démonstration SYNTHÉTIQUE : pas un vrai dossier.</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/case_outcomes.py" line="186" />
        <source>Give both the end date and the reason follow-up ended, or neither.</source>
        <translation>Indiquez à la fois la date de fin et le motif de la fin du suivi, ou ni l'un ni l'autre.</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/case_outcomes.py" line="195" />
        <source>Follow-up saved</source>
        <translation>Suivi enregistré</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/case_outcomes.py" line="212" />
        <source>Event added</source>
        <translation>Événement ajouté</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/case_outcomes.py" line="223" />
        <source>Select the event to delete.</source>
        <translation>Sélectionnez l'événement à supprimer.</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/case_outcomes.py" line="226" />
        <source>Event deleted</source>
        <translation>Événement supprimé</translation>
    </message>
</context>
<context>
    <name>PracticeView</name>
    <message>
        <location filename="../../desktop/tally/ui/training/practice.py" line="125" />
        <source>Case file summary</source>
        <translation>Résumé du dossier</translation>
    </message>
</context>
<context>
    <name>ProfileForm</name>
    <message>
        <location filename="../../desktop/tally/ui/case_profile.py" line="46" />
        <source>Not recorded</source>
        <translation>Non consigné</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/case_profile.py" line="47" />
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/case_profile.py" line="48" />
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/case_profile.py" line="82" />
        <source>Pseudonymous case id</source>
        <translation>Identifiant pseudonyme du dossier</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/case_profile.py" line="83" />
        <source>A pseudonym or file number, never a name</source>
        <translation>Un pseudonyme ou un numéro de dossier, jamais un nom</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/case_profile.py" line="84" />
        <location filename="../../desktop/tally/ui/case_profile.py" line="222" />
        <source>Date of birth</source>
        <translation>Date de naissance</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/case_profile.py" line="85" />
        <location filename="../../desktop/tally/ui/case_profile.py" line="225" />
        <source>Release date</source>
        <translation>Date de mise en liberté</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/case_profile.py" line="86" />
        <location filename="../../desktop/tally/ui/case_profile.py" line="229" />
        <source>Index investigation date</source>
        <translation>Date de l'enquête de référence</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/case_profile.py" line="88" />
        <source>Sexual offending history</source>
        <translation>Antécédents de délinquance sexuelle</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/case_profile.py" line="92" />
        <source>Produced CSEM with a live child</source>
        <translation>A produit du MESE avec un enfant réel</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/case_profile.py" line="93" />
        <source>Any contact sexual offence</source>
        <translation>Toute infraction sexuelle avec contact</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/case_profile.py" line="96" />
        <source>Not scored</source>
        <translation>Non coté</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/case_profile.py" line="97" />
        <source>CASIC total</source>
        <translation>Total CASIC</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/case_profile.py" line="98" />
        <source>Used for CPORT item 5 when there is no admission or diagnosis: positive at 3 or more</source>
        <translation>Sert à l'item 5 du CPORT en l'absence d'aveu ou de diagnostic : positif à 3 ou plus</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/case_profile.py" line="101" />
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/case_profile.py" line="103" />
        <source>Referral question, sources on file, deadlines (no names)</source>
        <translation>Question de la demande, sources au dossier, échéances (aucun nom)</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/case_profile.py" line="108" />
        <source>Save status</source>
        <translation>État de l'enregistrement</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/case_profile.py" line="114" />
        <source>Case &amp;id:</source>
        <translation>&amp;Identifiant du dossier :</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/case_profile.py" line="115" />
        <source>Date of &amp;birth:</source>
        <translation>Date de &amp;naissance :</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/case_profile.py" line="116" />
        <source>&amp;Release date:</source>
        <translation>Date de &amp;mise en liberté :</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/case_profile.py" line="117" />
        <source>Index in&amp;vestigation:</source>
        <translation>En&amp;quête de référence :</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/case_profile.py" line="118" />
        <source>Offending hi&amp;story:</source>
        <translation>&amp;Antécédents :</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/case_profile.py" line="121" />
        <source>CASIC tota&amp;l:</source>
        <translation>&amp;Total CASIC :</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/case_profile.py" line="125" />
        <source>&amp;Notes:</source>
        <translation>N&amp;otes :</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/case_profile.py" line="119" />
        <source>CSEM &amp;production:</source>
        <translation>&amp;Production de MESE :</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/case_profile.py" line="120" />
        <source>Con&amp;tact offence:</source>
        <translation>Infraction avec &amp;contact :</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/case_profile.py" line="147" />
        <source>YYYY-MM-DD</source>
        <translation>AAAA-MM-JJ</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/case_profile.py" line="221" />
        <source>The case needs a pseudonymous id.</source>
        <translation>Le dossier doit avoir un identifiant pseudonyme.</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/case_profile.py" line="232" />
        <source>release date</source>
        <translation>date de mise en liberté</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/case_profile.py" line="233" />
        <source>index investigation date</source>
        <translation>date de l'enquête de référence</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/case_profile.py" line="235" />
        <source>The %1 must come after the date of birth.</source>
        <translation>La %1 doit suivre la date de naissance.</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/case_profile.py" line="272" />
        <source>All changes saved</source>
        <translation>Toutes les modifications sont enregistrées</translation>
    </message>
</context>
<context>
    <name>ProfileStep</name>
    <message>
        <location filename="../../desktop/tally/ui/first_run.py" line="201" />
        <source>Your evaluator profile</source>
        <translation>Votre profil d'évaluateur</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/first_run.py" line="203" />
        <source>Your name, credentials and organisation are printed on every assessment you sign. You can change them later in Settings.</source>
        <translation>Votre nom, vos titres et votre organisme sont imprimés sur chaque évaluation que vous signez. Vous pourrez les modifier plus tard dans les paramètres.</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/first_run.py" line="207" />
        <source>Full name</source>
        <translation>Nom complet</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/first_run.py" line="209" />
        <source>e.g. PhD, C.Psych.</source>
        <translation>p. ex. Ph. D., psychologue</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/first_run.py" line="210" />
        <source>Credentials</source>
        <translation>Titres</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/first_run.py" line="212" />
        <source>Organisation</source>
        <translation>Organisme</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/first_run.py" line="213" />
        <source>Full &amp;name:</source>
        <translation>&amp;Nom complet :</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/first_run.py" line="214" />
        <source>&amp;Credentials:</source>
        <translation>&amp;Titres :</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/first_run.py" line="215" />
        <source>&amp;Organisation:</source>
        <translation>&amp;Organisme :</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/first_run.py" line="221" />
        <source>&amp;Start using Tally</source>
        <translation>&amp;Commencer à utiliser Tally</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/first_run.py" line="223" />
        <source>Save profile and start</source>
        <translation>Enregistrer le profil et commencer</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/first_run.py" line="246" />
        <source>Enter your full name: it is printed on signed reports.</source>
        <translation>Entrez votre nom complet : il est imprimé sur les rapports signés.</translation>
    </message>
</context>
<context>
    <name>ProgressView</name>
    <message>
        <location filename="../../desktop/tally/ui/training/progress.py" line="153" />
        <source>Agreement needed per case</source>
        <translation>Concordance exigée par cas</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/training/progress.py" line="156" />
        <source>Cases needed per instrument</source>
        <translation>Cas exigés par instrument</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/training/progress.py" line="157" />
        <source>Apply rule</source>
        <translation>Appliquer la règle</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/training/progress.py" line="160" />
        <source>Proficiency rule: item agreement at least</source>
        <translation>Règle de compétence : concordance des items d'au moins</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/training/progress.py" line="162" />
        <source>on at least</source>
        <translation>sur au moins</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/training/progress.py" line="164" />
        <source>cases of an instrument (first attempts only)</source>
        <translation>cas d'un instrument (premiers essais seulement)</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/training/progress.py" line="185" />
        <source>&lt;h2&gt;Progress: %1&lt;/h2&gt;&lt;p&gt;%2 instrument(s) practised, %3 proficient.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Progression : %1&lt;/h2&gt;&lt;p&gt;%2 instrument(s) pratiqué(s), compétence atteinte pour %3.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/training/progress.py" line="195" />
        <source>No submitted practice yet.</source>
        <translation>Aucun exercice soumis pour l'instant.</translation>
    </message>
</context>
<context>
    <name>ReasonDialog</name>
    <message>
        <location filename="../../desktop/tally/ui/assessment/dialogs.py" line="36" />
        <location filename="../../desktop/tally/ui/assessment/dialogs.py" line="37" />
        <source>Reason (required)</source>
        <translation>Motif (obligatoire)</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/assessment/dialogs.py" line="38" />
        <source>&amp;Reason:</source>
        <translation>&amp;Motif :</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/assessment/dialogs.py" line="46" />
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>Results</name>
    <message>
        <location filename="../../desktop/tally/ui/assessment/results.py" line="43" />
        <source>Total %1 (possible %2 to %3)</source>
        <translation>Total %1 (de %2 à %3 possible)</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/assessment/results.py" line="54" />
        <source>Incomplete, %1 missing: no band until every item is scored.</source>
        <translation>Incomplet, %1 manquant(s) : aucune catégorie tant que chaque item n'est pas coté.</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/assessment/results.py" line="82" />
        <source>Step 1: %1 points, category </source>
        <translation>Étape 1 : %1 points, catégorie </translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/assessment/results.py" line="86" />
        <source>Aggravating factors present: %1 of %2</source>
        <translation>Facteurs aggravants présents : %1 sur %2</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/assessment/results.py" line="95" />
        <source>Raised by %1 level(s) to the final category: </source>
        <translation>Relevée de %1 niveau(x) à la catégorie finale : </translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/assessment/results.py" line="110" />
        <source>incomplete</source>
        <translation>incomplet</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/assessment/results.py" line="112" />
        <source>no bands</source>
        <translation>aucune catégorie</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/assessment/results.py" line="117" />
        <source>Scale</source>
        <translation>Échelle</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/assessment/results.py" line="117" />
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/assessment/results.py" line="117" />
        <source>Band</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/assessment/results.py" line="199" />
        <source>Band:</source>
        <translation>Catégorie :</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/assessment/results.py" line="200" />
        <source>Band source:</source>
        <translation>Source de la catégorie :</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/assessment/results.py" line="201" />
        <source>Step 1 and aggravating factors</source>
        <translation>Étape 1 et facteurs aggravants</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/assessment/results.py" line="202" />
        <source>Scales</source>
        <translation>Échelles</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/assessment/results.py" line="203" />
        <source>Warnings</source>
        <translation>Avertissements</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/assessment/results.py" line="204" />
        <source>Applicability</source>
        <translation>Applicabilité</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/assessment/results.py" line="205" />
        <source>CSEM cases:</source>
        <translation>Dossiers de MESE :</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/assessment/results.py" line="206" />
        <source>Research context</source>
        <translation>Contexte de recherche</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/assessment/results.py" line="207" />
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/assessment/results.py" line="208" />
        <source>Manual:</source>
        <translation>Manuel :</translation>
    </message>
</context>
<context>
    <name>ResultsPage</name>
    <message>
        <location filename="../../desktop/tally/ui/assessment/results.py" line="172" />
        <source>Results</source>
        <translation>Résultats</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/assessment/results.py" line="173" />
        <source>← Items (Alt+W)</source>
        <translation>← Items (Alt+W)</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/assessment/results.py" line="174" />
        <source>Back to the items</source>
        <translation>Retour aux items</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/assessment/results.py" line="175" />
        <source>Review (Ctrl+R)</source>
        <translation>Révision (Ctrl+R)</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/assessment/results.py" line="176" />
        <source>Review all items</source>
        <translation>Réviser tous les items</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <location filename="../../desktop/tally/ui/assessment/review.py" line="34" />
        <source>All items with scores and rationales</source>
        <translation>Tous les items avec leurs cotes et justifications</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/assessment/review.py" line="37" />
        <source>← Items (Alt+W)</source>
        <translation>← Items (Alt+W)</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/assessment/review.py" line="38" />
        <source>Back to the items</source>
        <translation>Retour aux items</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/assessment/review.py" line="39" />
        <source>First missing item (Ctrl+M)</source>
        <translation>Premier item manquant (Ctrl+M)</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/assessment/review.py" line="40" />
        <source>Go to the first missing item</source>
        <translation>Aller au premier item manquant</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/assessment/review.py" line="41" />
        <source>Submit for feedback… (Ctrl+Shift+L)</source>
        <translation>Soumettre pour rétroaction… (Ctrl+Maj+L)</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/assessment/review.py" line="42" />
        <source>Lock… (Ctrl+Shift+L)</source>
        <translation>Verrouiller… (Ctrl+Maj+L)</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/assessment/review.py" line="47" />
        <source>Amend… (Ctrl+Shift+A)</source>
        <translation>Modifier… (Ctrl+Maj+A)</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/assessment/review.py" line="48" />
        <source>Amend: make a new version</source>
        <translation>Modifier : créer une nouvelle version</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/assessment/review.py" line="49" />
        <source>Results (Ctrl+T)</source>
        <translation>Résultats (Ctrl+T)</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/assessment/review.py" line="50" />
        <source>Show the results</source>
        <translation>Afficher les résultats</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/assessment/review.py" line="82" />
        <source>Version %1 is %2 and read-only.</source>
        <translation>La version %1 est %2 et en lecture seule.</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/assessment/review.py" line="86" />
        <source>Draft: %1 of %2 items missing. Lock when every item is scored.</source>
        <translation>Brouillon : %1 items manquants sur %2. Verrouillez quand chaque item est coté.</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/assessment/review.py" line="89" />
        <source>Draft: every item is scored. Check the rationales, then lock.</source>
        <translation>Brouillon : chaque item est coté. Vérifiez les justifications, puis verrouillez.</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/assessment/review.py" line="115" />
        <source>Reason: %1</source>
        <translation>Motif : %1</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/assessment/review.py" line="129" />
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/assessment/review.py" line="129" />
        <source>Score</source>
        <translation>Cote</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/assessment/review.py" line="129" />
        <source>How</source>
        <translation>Mode</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/assessment/review.py" line="129" />
        <source>Rationale</source>
        <translation>Justification</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/assessment/review.py" line="130" />
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/assessment/review.py" line="174" />
        <source>missing</source>
        <translation>manquant</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/assessment/review.py" line="175" />
        <source>no rationale</source>
        <translation>aucune justification</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/assessment/review.py" line="176" />
        <source>Missing:</source>
        <translation>Manquants :</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/assessment/review.py" line="177" />
        <source>Version %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/assessment/review.py" line="178" />
        <source>Versions</source>
        <translation>Versions</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../desktop/tally/ui/settings.py" line="42" />
        <source>Follow the system</source>
        <translation>Suivre le système</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/settings.py" line="43" />
        <source>Light</source>
        <translation>Clair</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/settings.py" line="44" />
        <source>Dark</source>
        <translation>Foncé</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/settings.py" line="55" />
        <location filename="../../desktop/tally/ui/settings.py" line="56" />
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/settings.py" line="62" />
        <source>Database</source>
        <translation>Base de données</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/settings.py" line="65" />
        <location filename="../../desktop/tally/ui/settings.py" line="149" />
        <source>Database file</source>
        <translation>Fichier de la base de données</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/settings.py" line="66" />
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/settings.py" line="67" />
        <source>Choose database file</source>
        <translation>Choisir le fichier de la base de données</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/settings.py" line="71" />
        <source>&amp;Location:</source>
        <translation>&amp;Emplacement :</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/settings.py" line="75" />
        <source>A new location takes effect at once: Tally locks and opens the file there (or creates a new database if there is none).</source>
        <translation>Un nouvel emplacement prend effet immédiatement : Tally se verrouille et ouvre le fichier qui s'y trouve (ou crée une nouvelle base de données s'il n'y en a pas).</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/settings.py" line="78" />
        <source>Security</source>
        <translation>Sécurité</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/settings.py" line="82" />
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/settings.py" line="84" />
        <source>Lock after minutes without activity</source>
        <translation>Verrouiller après ce nombre de minutes sans activité</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/settings.py" line="85" />
        <source>Loc&amp;k after:</source>
        <translation>&amp;Verrouiller après :</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/settings.py" line="87" />
        <source>Appearance</source>
        <translation>Apparence</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/settings.py" line="90" />
        <source>Theme</source>
        <translation>Thème</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/settings.py" line="96" />
        <source>System default</source>
        <translation>Taille du système</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/settings.py" line="97" />
        <source> pt</source>
        <translation> pt</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/settings.py" line="99" />
        <source>Font size</source>
        <translation>Taille de police</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/settings.py" line="100" />
        <source>&amp;Theme:</source>
        <translation>&amp;Thème :</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/settings.py" line="101" />
        <source>&amp;Font size:</source>
        <translation>&amp;Taille de police :</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/settings.py" line="105" />
        <source>Interface language</source>
        <translation>Langue de l'interface</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/settings.py" line="109" />
        <source>Follow the system (%1)</source>
        <translation>Suivre le système (%1)</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/settings.py" line="112" />
        <source>Lan&amp;guage:</source>
        <translation>&amp;Langue :</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/settings.py" line="114" />
        <source>The language changes the next time Tally starts.</source>
        <translation>La langue change au prochain démarrage de Tally.</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/settings.py" line="125" />
        <source>Evaluator (printed on signed assessments)</source>
        <translation>Évaluateur (imprimé sur les évaluations signées)</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/settings.py" line="128" />
        <source>Full name</source>
        <translation>Nom complet</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/settings.py" line="130" />
        <source>Credentials</source>
        <translation>Titres</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/settings.py" line="132" />
        <source>Organisation</source>
        <translation>Organisme</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/settings.py" line="133" />
        <source>Full &amp;name:</source>
        <translation>&amp;Nom complet :</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/settings.py" line="134" />
        <source>&amp;Credentials:</source>
        <translation>T&amp;itres :</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/settings.py" line="135" />
        <source>&amp;Organisation:</source>
        <translation>&amp;Organisme :</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/settings.py" line="150" />
        <source>Tally database (*.db);;All files (*)</source>
        <translation>Base de données Tally (*.db);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/settings.py" line="158" />
        <source>Choose where the database is kept.</source>
        <translation>Choisissez où conserver la base de données.</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/settings.py" line="160" />
        <source>The database location is a folder: add a file name.</source>
        <translation>L'emplacement de la base de données est un dossier : ajoutez un nom de fichier.</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/settings.py" line="162" />
        <source>Enter your full name: it is printed on signed reports.</source>
        <translation>Entrez votre nom complet : il est imprimé sur les rapports signés.</translation>
    </message>
</context>
<context>
    <name>Shortcuts</name>
    <message>
        <location filename="../../desktop/tally/ui/shortcuts.py" line="32" />
        <source>New case</source>
        <translation>Nouveau dossier</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/shortcuts.py" line="33" />
        <source>Find a case (search as you type)</source>
        <translation>Chercher un dossier (recherche au fil de la saisie)</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/shortcuts.py" line="34" />
        <source>Go to the case list</source>
        <translation>Aller à la liste des dossiers</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/shortcuts.py" line="35" />
        <source>Go to the case profile</source>
        <translation>Aller au profil du dossier</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/shortcuts.py" line="36" />
        <source>Add an instrument to the case</source>
        <translation>Ajouter un instrument au dossier</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/shortcuts.py" line="37" />
        <source>Open the selected assessment</source>
        <translation>Ouvrir l'évaluation sélectionnée</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/shortcuts.py" line="38" />
        <source>Close the assessment tab</source>
        <translation>Fermer l'onglet de l'évaluation</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/shortcuts.py" line="39" />
        <source>Sign and export a PDF</source>
        <translation>Signer et exporter un PDF</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/shortcuts.py" line="40" />
        <source>Verify a signed PDF</source>
        <translation>Vérifier un PDF signé</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/shortcuts.py" line="41" />
        <source>Audit trail</source>
        <translation>Journal d'audit</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/shortcuts.py" line="42" />
        <source>Local validation (research)</source>
        <translation>Validation locale (recherche)</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/shortcuts.py" line="44" />
        <source>Training (fictional cases)</source>
        <translation>Formation (cas fictifs)</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/shortcuts.py" line="45" />
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/shortcuts.py" line="46" />
        <source>Lock Tally now</source>
        <translation>Verrouiller Tally maintenant</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/shortcuts.py" line="47" />
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/shortcuts.py" line="48" />
        <source>This list of keyboard shortcuts</source>
        <translation>Cette liste de raccourcis clavier</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/shortcuts.py" line="53" />
        <source>Choose the score with that key</source>
        <translation>Choisir la cote avec cette touche</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/shortcuts.py" line="54" />
        <source>Next item (from a score or a list)</source>
        <translation>Item suivant (depuis une cote ou une liste)</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/shortcuts.py" line="55" />
        <source>Next item (also from the rationale)</source>
        <translation>Item suivant (aussi depuis la justification)</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/shortcuts.py" line="56" />
        <source>Previous item</source>
        <translation>Item précédent</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/shortcuts.py" line="57" />
        <source>Go to the item list</source>
        <translation>Aller à la liste des items</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/shortcuts.py" line="58" />
        <source>Go to the coding guidance</source>
        <translation>Aller aux consignes de cotation</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/shortcuts.py" line="59" />
        <source>Go to the rationale</source>
        <translation>Aller à la justification</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/shortcuts.py" line="60" />
        <source>Go to the information sources</source>
        <translation>Aller aux sources d'information</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/shortcuts.py" line="61" />
        <source>Override a derived item, or use the derived value</source>
        <translation>Remplacer un item déduit, ou utiliser la valeur déduite</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/shortcuts.py" line="63" />
        <source>Score the CASIC (CPORT item 5)</source>
        <translation>Coter le CASIC (item 5 du CPORT)</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/shortcuts.py" line="64" />
        <source>First missing item</source>
        <translation>Premier item manquant</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/shortcuts.py" line="65" />
        <source>First item</source>
        <translation>Premier item</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/shortcuts.py" line="66" />
        <source>Last item</source>
        <translation>Dernier item</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/shortcuts.py" line="67" />
        <source>Back to the score choices</source>
        <translation>Retour aux choix de cote</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/shortcuts.py" line="68" />
        <source>Back to the items (review, results)</source>
        <translation>Retour aux items (révision, résultats)</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/shortcuts.py" line="69" />
        <source>Review every item</source>
        <translation>Réviser chaque item</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/shortcuts.py" line="70" />
        <source>Results</source>
        <translation>Résultats</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/shortcuts.py" line="71" />
        <source>Lock the assessment (training: submit)</source>
        <translation>Verrouiller l'évaluation (formation : soumettre)</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/shortcuts.py" line="73" />
        <source>Amend a locked assessment</source>
        <translation>Modifier une évaluation verrouillée</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/shortcuts.py" line="74" />
        <source>Close the assessment</source>
        <translation>Fermer l'évaluation</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/shortcuts.py" line="79" />
        <source>Practice tab</source>
        <translation>Onglet Exercice</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/shortcuts.py" line="80" />
        <source>Progress tab</source>
        <translation>Onglet Progression</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/shortcuts.py" line="81" />
        <source>Trainer tools tab</source>
        <translation>Onglet Outils du formateur</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/shortcuts.py" line="82" />
        <source>Close the practice case, then the training window</source>
        <translation>Fermer le cas d'exercice, puis la fenêtre de formation</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/shortcuts.py" line="84" />
        <source>Close the training window (outside the wizard)</source>
        <translation>Fermer la fenêtre de formation (hors de l'assistant)</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/shortcuts.py" line="90" />
        <source>Create the database, then save the profile</source>
        <translation>Créer la base de données, puis enregistrer le profil</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/shortcuts.py" line="96" />
        <source>Score the item in focus, then the next</source>
        <translation>Coter l'item sélectionné, puis le suivant</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/shortcuts.py" line="97" />
        <source>Use the total once every item is scored</source>
        <translation>Utiliser le total une fois chaque item coté</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/shortcuts.py" line="109" />
        <source>Main window</source>
        <translation>Fenêtre principale</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/shortcuts.py" line="110" />
        <source>Assessment (wizard, review, results)</source>
        <translation>Évaluation (assistant, révision, résultats)</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/shortcuts.py" line="111" />
        <source>Training window</source>
        <translation>Fenêtre de formation</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/shortcuts.py" line="112" />
        <source>First run</source>
        <translation>Premier démarrage</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/shortcuts.py" line="113" />
        <source>CASIC dialog</source>
        <translation>Fenêtre CASIC</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/shortcuts.py" line="153" />
        <source>Every window and dialog</source>
        <translation>Toutes les fenêtres</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/shortcuts.py" line="154" />
        <source>Alt with the underlined letter presses that button or goes to that field; no letter is used twice in one window. Escape closes a dialog and returns the keyboard to where it was; Enter presses the highlighted button, which after a finished action is Done.</source>
        <translation>Alt avec la lettre soulignée appuie sur ce bouton ou va à ce champ. Échap ferme une fenêtre de dialogue et ramène le clavier là où il était; Entrée appuie sur le bouton en surbrillance, qui est Terminé après une action achevée.</translation>
    </message>
</context>
<context>
    <name>SignatureMeaning</name>
    <message>
        <location filename="../../desktop/tally/ui/export.py" line="42" />
        <source>Reviewer: I reviewed these assessments.</source>
        <translation>Réviseur : j'ai révisé ces évaluations.</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/export.py" line="43" />
        <source>Author: I scored these assessments and attest that this summary shows my scoring as I recorded it.</source>
        <translation>Auteur : j'ai coté ces évaluations et j'atteste que ce sommaire présente ma cotation telle que je l'ai consignée.</translation>
    </message>
</context>
<context>
    <name>TrainerTools</name>
    <message>
        <location filename="../../desktop/tally/ui/training/trainer.py" line="39" />
        <source>Trainees</source>
        <translation>Stagiaires</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/training/trainer.py" line="41" />
        <source>New trainee's name</source>
        <translation>Nom du nouveau stagiaire</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/training/trainer.py" line="43" />
        <source>&amp;Add trainee</source>
        <translation>&amp;Ajouter un stagiaire</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/training/trainer.py" line="45" />
        <source>Trainee profiles</source>
        <translation>Profils des stagiaires</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/training/trainer.py" line="53" />
        <location filename="../../desktop/tally/ui/training/trainer.py" line="55" />
        <source>Sample cases</source>
        <translation>Cas d'exercice</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/training/trainer.py" line="59" />
        <source>&amp;New case…</source>
        <translation>&amp;Nouveau cas…</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/training/trainer.py" line="60" />
        <source>&amp;Export pack…</source>
        <translation>&amp;Exporter un lot…</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/training/trainer.py" line="61" />
        <source>&amp;Import pack…</source>
        <translation>&amp;Importer un lot…</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/training/trainer.py" line="62" />
        <source>&amp;Check library</source>
        <translation>&amp;Vérifier la bibliothèque</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/training/trainer.py" line="87" />
        <source> (yours)</source>
        <translation> (les vôtres)</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/training/trainer.py" line="111" />
        <source>Exported %1 case(s) to %2</source>
        <translation>%1 cas exporté(s) vers %2</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/training/trainer.py" line="122" />
        <source>Imported %1 case(s).</source>
        <translation>%1 cas importé(s).</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/training/trainer.py" line="132" />
        <source>%1 cases: every reference score agrees with the forms.</source>
        <translation>%1 cas : chaque cote de référence concorde avec les formulaires.</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/training/trainer.py" line="142" />
        <source>Saved %1.</source>
        <translation>%1 enregistré.</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/training/trainer.py" line="146" />
        <source>Export case pack</source>
        <translation>Exporter un lot de cas</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/training/trainer.py" line="152" />
        <source>Import case pack</source>
        <translation>Importer un lot de cas</translation>
    </message>
</context>
<context>
    <name>TrainingHtml</name>
    <message>
        <location filename="../../desktop/tally/ui/training/html.py" line="18" />
        <source>Introductory</source>
        <translation>Initiation</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/training/html.py" line="19" />
        <source>Intermediate</source>
        <translation>Intermédiaire</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/training/html.py" line="20" />
        <source>Advanced</source>
        <translation>Avancé</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/training/html.py" line="50" />
        <source>%1 · fictional training case; every name, date and place is invented.</source>
        <translation>%1 · cas de formation fictif; chaque nom, date et lieu est inventé.</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/training/html.py" line="62" />
        <source>✓ agree</source>
        <translation>✓ concorde</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/training/html.py" line="62" />
        <source>✗ differs</source>
        <translation>✗ diffère</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/training/html.py" line="72" />
        <source>Band</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/training/html.py" line="72" />
        <source>You</source>
        <translation>Vous</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/training/html.py" line="73" />
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/training/html.py" line="73" />
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/training/html.py" line="74" />
        <source>%1 of %2 items agree (%3)</source>
        <translation>%1 items sur %2 concordent (%3)</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/training/html.py" line="75" />
        <source>Your scoring was incomplete:</source>
        <translation>Votre cotation était incomplète :</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/training/html.py" line="76" />
        <source>unanswered items count as disagreements.</source>
        <translation>les items sans réponse comptent comme des désaccords.</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/training/html.py" line="77" />
        <source>About this reference scoring:</source>
        <translation>À propos de cette cotation de référence :</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/training/html.py" line="78" />
        <source>Item by item</source>
        <translation>Item par item</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/training/html.py" line="79" />
        <source>You: %1</source>
        <translation>Vous : %1</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/training/html.py" line="80" />
        <source>Reference: %1</source>
        <translation>Référence : %1</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/training/html.py" line="81" />
        <source>Why:</source>
        <translation>Pourquoi :</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/training/html.py" line="81" />
        <source>Decided by:</source>
        <translation>Tranché par :</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/training/html.py" line="82" />
        <source>Item guidance:</source>
        <translation>Consignes de l'item :</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/training/html.py" line="83" />
        <source>What this case teaches</source>
        <translation>Ce que ce cas enseigne</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/training/html.py" line="84" />
        <source>Warnings the form gave on your scoring</source>
        <translation>Avertissements du formulaire sur votre cotation</translation>
    </message>
</context>
<context>
    <name>TrainingWindow</name>
    <message>
        <location filename="../../desktop/tally/ui/training/window.py" line="51" />
        <source>Training (fictional cases)</source>
        <translation>Formation (cas fictifs)</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/training/window.py" line="52" />
        <source>Training</source>
        <translation>Formation</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/training/window.py" line="64" />
        <source>Trainee</source>
        <translation>Stagiaire</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/training/window.py" line="67" />
        <source>Training mode: fictional cases only. Nothing here is stored with real cases.</source>
        <translation>Mode formation : cas fictifs seulement. Rien ici n'est conservé avec les vrais dossiers.</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/training/window.py" line="72" />
        <source>Trainee:</source>
        <translation>Stagiaire :</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/training/window.py" line="88" />
        <source>Practice</source>
        <translation>Exercice</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/training/window.py" line="89" />
        <source>Progress</source>
        <translation>Progression</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/training/window.py" line="90" />
        <source>Trainer tools</source>
        <translation>Outils du formateur</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/training/window.py" line="92" />
        <source>Add a trainee profile first (Trainer tools)</source>
        <translation>Ajoutez d'abord un profil de stagiaire (Outils du formateur)</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/training/window.py" line="105" />
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/training/window.py" line="186" />
        <source>no trainee</source>
        <translation>aucun stagiaire</translation>
    </message>
</context>
<context>
    <name>TrendChart</name>
    <message>
        <location filename="../../desktop/tally/ui/trend_chart.py" line="46" />
        <source>Trend of dynamic scores</source>
        <translation>Évolution des scores dynamiques</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/trend_chart.py" line="65" />
        <source>No completed STABLE-2007 or ACUTE-2007 assessments yet.</source>
        <translation>Aucune évaluation STABLE-2007 ou ACUTE-2007 terminée pour l'instant.</translation>
    </message>
</context>
<context>
    <name>Typology</name>
    <message>
        <location filename="../../desktop/tally/ui/typology.py" line="11" />
        <source>CSEM only, one occasion</source>
        <translation>MESE seulement, une occasion</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/typology.py" line="13" />
        <source>CSEM only, repeated (stable: CSEM → CSEM)</source>
        <translation>MESE seulement, répété (stable : MESE → MESE)</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/typology.py" line="15" />
        <source>Mixed, de-escalation (contact → CSEM)</source>
        <translation>Mixte, désescalade (contact → MESE)</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/typology.py" line="17" />
        <source>Mixed, escalation (CSEM → contact)</source>
        <translation>Mixte, escalade (MESE → contact)</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/typology.py" line="19" />
        <source>Mixed, contact and CSEM at the same time</source>
        <translation>Mixte, contact et MESE en même temps</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/typology.py" line="25" />
        <source>Not recorded</source>
        <translation>Non consigné</translation>
    </message>
</context>
<context>
    <name>UnlockPage</name>
    <message>
        <location filename="../../desktop/tally/ui/unlock.py" line="18" />
        <location filename="../../desktop/tally/ui/unlock.py" line="44" />
        <source>Unlock</source>
        <translation>Déverrouiller</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/unlock.py" line="23" />
        <source>Tally is locked</source>
        <translation>Tally est verrouillé</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/unlock.py" line="24" />
        <location filename="../../desktop/tally/ui/unlock.py" line="69" />
        <source>Enter your passphrase to open your cases.</source>
        <translation>Entrez votre phrase de passe pour ouvrir vos dossiers.</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/unlock.py" line="30" />
        <location filename="../../desktop/tally/ui/unlock.py" line="31" />
        <source>Passphrase</source>
        <translation>Phrase de passe</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/unlock.py" line="34" />
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/unlock.py" line="37" />
        <source>Use &amp;another database…</source>
        <translation>Changer de &amp;base…</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/unlock.py" line="38" />
        <source>Use another database</source>
        <translation>Utiliser une autre base de données</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/unlock.py" line="39" />
        <source>&amp;Verify a report…</source>
        <translation>&amp;Vérifier un rapport…</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/unlock.py" line="40" />
        <source>Check a signed PDF report offline (Ctrl+Shift+V)</source>
        <translation>Vérifier hors ligne un rapport PDF signé (Ctrl+Maj+V)</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/unlock.py" line="41" />
        <source>Verify a signed PDF report</source>
        <translation>Vérifier un rapport PDF signé</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/unlock.py" line="42" />
        <source>&amp;Unlock</source>
        <translation>&amp;Déverrouiller</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/unlock.py" line="63" />
        <source>Database: %1</source>
        <translation>Base de données : %1</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/unlock.py" line="67" />
        <source>Tally locked itself after a period without activity. Your work was saved. Enter your passphrase to continue.</source>
        <translation>Tally s'est verrouillé après une période d'inactivité. Votre travail a été enregistré. Entrez votre phrase de passe pour continuer.</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/unlock.py" line="74" />
        <source>Enter your passphrase.</source>
        <translation>Entrez votre phrase de passe.</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/unlock.py" line="84" />
        <source>Unlocking…</source>
        <translation>Déverrouillage…</translation>
    </message>
</context>
<context>
    <name>ValidationDialog</name>
    <message>
        <location filename="../../desktop/tally/ui/validation.py" line="63" />
        <location filename="../../desktop/tally/ui/validation.py" line="64" />
        <source>Local validation</source>
        <translation>Validation locale</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/validation.py" line="67" />
        <source>Outcome</source>
        <translation>Issue</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/validation.py" line="71" />
        <source>Fixed follow-up in years</source>
        <translation>Suivi fixe en années</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/validation.py" line="76" />
        <source> years</source>
        <translation> ans</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/validation.py" line="77" />
        <source>&amp;Compute</source>
        <translation>&amp;Calculer</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/validation.py" line="79" />
        <source>Compute the validation</source>
        <translation>Calculer la validation</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/validation.py" line="81" />
        <source>Outcome:</source>
        <translation>Issue :</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/validation.py" line="83" />
        <source>AUC at:</source>
        <translation>ASC à :</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/validation.py" line="88" />
        <source>Synthetic data warning</source>
        <translation>Avertissement : données synthétiques</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/validation.py" line="90" />
        <source>Validation summary</source>
        <translation>Sommaire de la validation</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/validation.py" line="92" />
        <source>Validation per instrument and group</source>
        <translation>Validation par instrument et par groupe</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/validation.py" line="94" />
        <source>Incremental validity</source>
        <translation>Validité incrémentale</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/validation.py" line="102" />
        <source>Incremental validity of a dynamic tool over a static one (Cox regression)</source>
        <translation>Validité incrémentale d'un outil dynamique par rapport à un outil statique (régression de Cox)</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/validation.py" line="106" />
        <source>Choose site &amp;files…</source>
        <translation>Choisir les &amp;fichiers des sites…</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/validation.py" line="107" />
        <source>Choose research export files to pool</source>
        <translation>Choisir les fichiers d'exportation de recherche à regrouper</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/validation.py" line="109" />
        <source>Each site sends only its de-identified research export (tally research export); pooling never moves case data.</source>
        <translation>Chaque site n'envoie que son exportation de recherche dépersonnalisée (tally research export); le regroupement ne déplace jamais de données de dossiers.</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/validation.py" line="112" />
        <source>Pooled AUCs</source>
        <translation>ASC regroupées</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/validation.py" line="124" />
        <source>This database</source>
        <translation>Cette base de données</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/validation.py" line="125" />
        <source>Pool sites</source>
        <translation>Regrouper les sites</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/validation.py" line="149" />
        <source>%1 assessments of %2 men whose follow-up has ended. Below 10 events an estimate is unstable; every figure shows its N and events.</source>
        <translation>%1 évaluations de %2 hommes dont le suivi est terminé. Sous 10 événements, une estimation est instable; chaque chiffre indique son N et ses événements.</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/validation.py" line="153" />
        <source>%3 assessment(s) left out (incomplete, or their form is not installed).</source>
        <translation>%3 évaluation(s) écartée(s) (incomplètes, ou leur formulaire n'est pas installé).</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/validation.py" line="164" />
        <source>No man has both a static and a dynamic tool locked.</source>
        <translation>Aucun homme n'a à la fois un outil statique et un outil dynamique verrouillés.</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/validation.py" line="171" />
        <source>Research exports to pool</source>
        <translation>Exportations de recherche à regrouper</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/validation.py" line="171" />
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/validation.py" line="192" />
        <source>%1 site file(s) pooled.</source>
        <translation>%1 fichier(s) de site regroupé(s).</translation>
    </message>
</context>
<context>
    <name>VerifyDialog</name>
    <message>
        <location filename="../../desktop/tally/ui/verify.py" line="67" />
        <location filename="../../desktop/tally/ui/verify.py" line="68" />
        <source>Verify a signed PDF</source>
        <translation>Vérifier un PDF signé</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/verify.py" line="75" />
        <source>PDF file to verify</source>
        <translation>Fichier PDF à vérifier</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/verify.py" line="76" />
        <source>a Tally report (.pdf)</source>
        <translation>un rapport Tally (.pdf)</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/verify.py" line="77" />
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/verify.py" line="78" />
        <source>Choose the PDF file</source>
        <translation>Choisir le fichier PDF</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/verify.py" line="83" />
        <source>&amp;File:</source>
        <translation>&amp;Fichier :</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/verify.py" line="85" />
        <source>Extra certificate to trust (optional)</source>
        <translation>Certificat supplémentaire à approuver (facultatif)</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/verify.py" line="86" />
        <source>optional: the signer's or their CA's certificate (.pem)</source>
        <translation>facultatif : le certificat du signataire ou de son autorité de certification (.pem)</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/verify.py" line="88" />
        <source>B&amp;rowse…</source>
        <translation>Pa&amp;rcourir…</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/verify.py" line="89" />
        <source>Choose a certificate to trust</source>
        <translation>Choisir un certificat à approuver</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/verify.py" line="94" />
        <source>&amp;Trust also:</source>
        <translation>&amp;Approuver aussi :</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/verify.py" line="95" />
        <source>Trust &amp;my own signing certificate (reports I signed on this computer)</source>
        <translation>Approuver &amp;mon propre certificat de signature (rapports que j'ai signés sur cet ordinateur)</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/verify.py" line="97" />
        <source>Trust my own signing certificate</source>
        <translation>Approuver mon propre certificat de signature</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/verify.py" line="100" />
        <source>&amp;Verify</source>
        <translation>&amp;Vérifier</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/verify.py" line="102" />
        <source>Verify the file</source>
        <translation>Vérifier le fichier</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/verify.py" line="107" />
        <source>The embedded assessments are compared with this database.</source>
        <translation>Les évaluations intégrées sont comparées à cette base de données.</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/verify.py" line="109" />
        <source>Tally is locked: the file is checked on its own, without comparing it with the database.</source>
        <translation>Tally est verrouillé : le fichier est vérifié seul, sans le comparer à la base de données.</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/verify.py" line="114" />
        <source>Verdict</source>
        <translation>Verdict</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/verify.py" line="120" />
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/verify.py" line="122" />
        <source>Signer</source>
        <translation>Signataire</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/verify.py" line="123" />
        <source>Signing time</source>
        <translation>Heure de la signature</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/verify.py" line="124" />
        <source>Trusted</source>
        <translation>Approuvé</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/verify.py" line="125" />
        <source>Coverage</source>
        <translation>Portée</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/verify.py" line="126" />
        <source>Embedded data SHA-256</source>
        <translation>SHA-256 des données intégrées</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/verify.py" line="127" />
        <source>Comparison with this database</source>
        <translation>Comparaison avec cette base de données</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/verify.py" line="128" />
        <source>Signer:</source>
        <translation>Signataire :</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/verify.py" line="129" />
        <source>Signing time:</source>
        <translation>Heure de la signature :</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/verify.py" line="130" />
        <source>Trusted:</source>
        <translation>Approuvé :</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/verify.py" line="131" />
        <source>Coverage:</source>
        <translation>Portée :</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/verify.py" line="132" />
        <source>Data SHA-256:</source>
        <translation>SHA-256 des données :</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/verify.py" line="133" />
        <source>This database:</source>
        <translation>Cette base de données :</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/verify.py" line="136" />
        <source>Full verification report</source>
        <translation>Rapport de vérification complet</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/verify.py" line="146" />
        <source>Full report</source>
        <translation>Rapport complet</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/verify.py" line="180" />
        <source>Choose a PDF file to verify.</source>
        <translation>Choisissez un fichier PDF à vérifier.</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/verify.py" line="223" />
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/verify.py" line="223" />
        <source>NO</source>
        <translation>NON</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/verify.py" line="227" />
        <source> (as stated by the signer)</source>
        <translation> (selon le signataire)</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/verify.py" line="227" />
        <source>not stated</source>
        <translation>non indiqué</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/verify.py" line="229" />
        <source>: add the signer's or their CA's certificate under Trust also, or as a trusted root in Signing identity</source>
        <translation> : ajoutez le certificat du signataire ou de son autorité de certification sous Approuver aussi, ou comme racine approuvée dans Identité de signature</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/verify.py" line="231" />
        <source>the entire file</source>
        <translation>le fichier entier</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/verify.py" line="239" />
        <source> (does NOT match)</source>
        <translation> (NE correspond PAS)</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/verify.py" line="245" />
        <source>not compared (Tally is locked)</source>
        <translation>non comparé (Tally est verrouillé)</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/verify.py" line="257" />
        <source>%1 is authentic but %2</source>
        <translation>%1 est authentique, mais %2</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/verify.py" line="260" />
        <source>%1 is authentic, but not in this database, so it cannot be shown to be current</source>
        <translation>%1 est authentique, mais absent de cette base de données : on ne peut donc pas montrer qu'il est à jour</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/verify.py" line="266" />
        <source>UNREADABLE — %1</source>
        <translation>ILLISIBLE — %1</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/verify.py" line="269" />
        <source>AUTHENTIC but NOT CURRENT — %1</source>
        <translation>AUTHENTIQUE mais PAS À JOUR — %1</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/verify.py" line="273" />
        <source>VALID and trusted — intact, signed by %1, covering the whole file</source>
        <translation>VALIDE et approuvé — intact, signé par %1, couvrant tout le fichier</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/verify.py" line="275" />
        <source>INVALID or tampered — %1</source>
        <translation>INVALIDE ou altéré — %1</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/verify.py" line="291" />
        <source>Signed PDF</source>
        <translation>PDF signé</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/verify.py" line="292" />
        <source>PDF (*.pdf);;All files (*)</source>
        <translation>PDF (*.pdf);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/verify.py" line="298" />
        <source>Certificate to trust</source>
        <translation>Certificat à approuver</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/verify.py" line="299" />
        <source>Certificates (*.pem *.crt *.cer *.der);;All files (*)</source>
        <translation>Certificats (*.pem *.crt *.cer *.der);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/verify.py" line="307" />
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
</context>
<context>
    <name>Wizard</name>
    <message>
        <location filename="../../desktop/tally/ui/assessment/wizard.py" line="83" />
        <source>Coding guidance (Ctrl+G)</source>
        <translation>Consignes de cotation (Ctrl+G)</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/assessment/wizard.py" line="85" />
        <source>Coding guidance and research context for the item on screen</source>
        <translation>Consignes de cotation et contexte de recherche pour l'item affiché</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/assessment/wizard.py" line="90" />
        <source>Coding guidance</source>
        <translation>Consignes de cotation</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/assessment/wizard.py" line="97" />
        <source>Items</source>
        <translation>Items</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/assessment/wizard.py" line="116" />
        <source>← Back (Alt+P)</source>
        <translation>← Précédent (Alt+P)</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/assessment/wizard.py" line="117" />
        <source>Previous item</source>
        <translation>Item précédent</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/assessment/wizard.py" line="119" />
        <location filename="../../desktop/tally/ui/assessment/wizard.py" line="242" />
        <source>Next → (Enter, Alt+N)</source>
        <translation>Suivant → (Entrée, Alt+N)</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/assessment/wizard.py" line="121" />
        <source>Next item</source>
        <translation>Item suivant</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/assessment/wizard.py" line="123" />
        <source>Review (Ctrl+R)</source>
        <translation>Révision (Ctrl+R)</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/assessment/wizard.py" line="124" />
        <source>Review all items</source>
        <translation>Réviser tous les items</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/assessment/wizard.py" line="131" />
        <source>Save state</source>
        <translation>État de l'enregistrement</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/assessment/wizard.py" line="206" />
        <source>No admission or diagnosis? Score the CASIC here: its total fills this item.</source>
        <translation>Ni aveu ni diagnostic? Cotez le CASIC ici : son total remplit cet item.</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/assessment/wizard.py" line="208" />
        <source>CASIC total on record: %1. Score it again to change it.</source>
        <translation>Total CASIC au dossier : %1. Cotez-le de nouveau pour le changer.</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/assessment/wizard.py" line="242" />
        <source>Review → (Enter, Alt+N)</source>
        <translation>Révision → (Entrée, Alt+N)</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/assessment/wizard.py" line="290" />
        <source>Read-only: this version is %1</source>
        <translation>Lecture seule : cette version est %1</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/assessment/wizard.py" line="294" />
        <source>All changes saved</source>
        <translation>Toutes les modifications sont enregistrées</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/assessment/wizard.py" line="403" />
        <source>Override a derived item</source>
        <translation>Remplacer un item déduit</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/assessment/wizard.py" line="405" />
        <source>Tally derived %1 from the case facts (%2). Scoring %3 instead overrides it. Say why: the reason is kept with the assessment.</source>
        <translation>Tally a déduit %1 des faits du dossier (%2). Coter %3 à la place la remplace. Indiquez pourquoi : le motif est conservé avec l'évaluation.</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/assessment/wizard.py" line="411" />
        <source>&amp;Override</source>
        <translation>&amp;Remplacer</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/assessment/wizard.py" line="488" />
        <source>Saving…</source>
        <translation>Enregistrement…</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/assessment/wizard.py" line="569" />
        <source>How Tally derives it</source>
        <translation>Comment Tally le déduit</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/assessment/wizard.py" line="570" />
        <source>Research context</source>
        <translation>Contexte de recherche</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/assessment/wizard.py" line="571" />
        <source>Scores</source>
        <translation>Cotes</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/assessment/wizard.py" line="572" />
        <source>Authoritative rule:</source>
        <translation>Règle qui fait autorité :</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <location filename="../../desktop/tally/ui/workspace.py" line="35" />
        <source>No case selected</source>
        <translation>Aucun dossier sélectionné</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/workspace.py" line="37" />
        <source>Choose a case on the left (Ctrl+1 goes to the list, Ctrl+F searches) or create one with Ctrl+N.</source>
        <translation>Choisissez un dossier à gauche (Ctrl+1 mène à la liste, Ctrl+F lance la recherche) ou créez-en un avec Ctrl+N.</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/workspace.py" line="44" />
        <source>Open case and assessments</source>
        <translation>Dossier et évaluations ouverts</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/workspace.py" line="45" />
        <location filename="../../desktop/tally/ui/workspace.py" line="77" />
        <source>Case</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/workspace.py" line="87" />
        <location filename="../../desktop/tally/ui/workspace.py" line="92" />
        <source>Case %1</source>
        <translation>Dossier %1</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/workspace.py" line="112" />
        <source>Case created</source>
        <translation>Dossier créé</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/workspace.py" line="147" />
        <location filename="../../desktop/tally/ui/workspace.py" line="223" />
        <source>Select a case first.</source>
        <translation>Sélectionnez d'abord un dossier.</translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/workspace.py" line="241" />
        <source>Report written</source>
        <translation>Rapport écrit</translation>
    </message>
</context>
</TS>
