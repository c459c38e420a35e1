<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name></name>
    <message>
        <location filename="../../desktop/tally/ui/case_profile.py" line="57"/>
        <source>CaseProfile</source>
        <comment>%1: write the date as YYYY-MM-DD (for example 1980-04-23).</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/case_profile.py" line="60"/>
        <source>CaseProfile</source>
        <comment>%1 cannot be in the future.</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/case_profile.py" line="62"/>
        <source>CaseProfile</source>
        <comment>%1: the year %2 is not plausible.</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AgreementChart</name>
    <message>
        <location filename="../../desktop/tally/ui/training/progress.py" line="38"/>
        <source>Agreement over time: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Assessment</name>
    <message>
        <location filename="../../desktop/tally/ui/assessment/item_page.py" line="47"/>
        <source>File review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/assessment/item_page.py" line="48"/>
        <source>Criminal record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/assessment/item_page.py" line="49"/>
        <source>Police reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/assessment/item_page.py" line="50"/>
        <source>Interview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/assessment/item_page.py" line="51"/>
        <source>Collateral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/assessment/item_page.py" line="52"/>
        <source>Supervision notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/assessment/item_page.py" line="53"/>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/assessment/navigator.py" line="33"/>
        <source>answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/assessment/navigator.py" line="34"/>
        <source>derived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/assessment/navigator.py" line="35"/>
        <source>overridden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/assessment/navigator.py" line="36"/>
        <source>missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/assessment/text.py" line="38"/>
        <source>from the research talk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/assessment/text.py" line="39"/>
        <source>published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/assessment/text.py" line="40"/>
        <source>UNCONFIRMED: not yet checked against a primary source</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AssessmentTable</name>
    <message>
        <location filename="../../desktop/tally/ui/case_profile.py" line="293"/>
        <source>Assessments of this case</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/tally/ui/case_profile.py" line="312"/>
        <source>%1 so far (%n missing)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/case_profile.py" line="314"/>
        <source>not yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/case_profile.py" line="323"/>
        <source>Scored with a different version of this form file</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AssessmentView</name>
    <message>
        <location filename="../../desktop/tally/ui/assessment/view.py" line="73"/>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/assessment/view.py" line="75"/>
        <source>Close (Ctrl+W)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/assessment/view.py" line="76"/>
        <source>Close the assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/assessment/view.py" line="207"/>
        <source>Submit for feedback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/assessment/view.py" line="208"/>
        <source>Submit your scores? They cannot be changed afterwards.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/assessment/view.py" line="209"/>
        <source>&amp;Submit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/assessment/view.py" line="211"/>
        <source>Lock the assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/assessment/view.py" line="213"/>
        <source>Lock version %1 of this %2? Nothing can change after locking; a correction needs an amendment with a reason, and the locked version stays on record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/assessment/view.py" line="216"/>
        <source>&amp;Lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/assessment/view.py" line="218"/>
        <source>%1 item(s) are still missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/assessment/view.py" line="252"/>
        <source>Amend the assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/assessment/view.py" line="254"/>
        <source>Amending makes version %1 as a new draft with the same answers. The locked version stays unchanged. Say why it is amended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/assessment/view.py" line="257"/>
        <source>&amp;Amend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/assessment/view.py" line="295"/>
        <source>Not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/assessment/view.py" line="300"/>
        <source>Total %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/assessment/view.py" line="302"/>
        <source>incomplete, %1 missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/assessment/view.py" line="306"/>
        <source>no risk categories published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/assessment/view.py" line="310"/>
        <source>UNCONFIRMED band: cut-offs not yet checked against a primary source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/assessment/view.py" line="317"/>
        <source>%1 %2 · %3 · version %4 · %5</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseAuthoringDialog</name>
    <message>
        <location filename="../../desktop/tally/ui/training/authoring.py" line="68"/>
        <source>New sample case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/training/authoring.py" line="90"/>
        <source>not given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/training/authoring.py" line="93"/>
        <source>Vignette: &apos;## Heading&apos; starts a section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/training/authoring.py" line="99"/>
        <source>scoring date, optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/training/authoring.py" line="109"/>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/training/authoring.py" line="110"/>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/training/authoring.py" line="111"/>
        <source>One-line summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/training/authoring.py" line="112"/>
        <source>Difficulty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/training/authoring.py" line="113"/>
        <source>Offence pattern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/training/authoring.py" line="119"/>
        <source>Facts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/training/authoring.py" line="120"/>
        <source>CASIC total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/training/authoring.py" line="121"/>
        <source>Vignette</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/training/authoring.py" line="125"/>
        <source>Reference scoring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/training/authoring.py" line="152"/>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/training/authoring.py" line="152"/>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/training/authoring.py" line="152"/>
        <source>Rationale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/training/authoring.py" line="153"/>
        <source>Guidance that decides it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/training/authoring.py" line="162"/>
        <source>Rationale for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/training/authoring.py" line="223"/>
        <source>A case with the id &apos;%1&apos; exists; change the code.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseListPanel</name>
    <message>
        <location filename="../../desktop/tally/ui/case_list.py" line="186"/>
        <source>Search case id or notes (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/case_list.py" line="188"/>
        <source>Search cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/case_list.py" line="190"/>
        <source>Number of cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/case_list.py" line="192"/>
        <source>Cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/case_list.py" line="212"/>
        <source>&amp;New case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/case_list.py" line="213"/>
        <source>New case (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/case_list.py" line="214"/>
        <source>New case</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/tally/ui/case_list.py" line="252"/>
        <source>%n case(s) match</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/tally/ui/case_list.py" line="254"/>
        <source>%n case(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/case_list.py" line="258"/>
        <source>Search failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CasePicker</name>
    <message>
        <location filename="../../desktop/tally/ui/training/practice.py" line="40"/>
        <source>Sample cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/training/practice.py" line="42"/>
        <source>Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/training/practice.py" line="42"/>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/training/practice.py" line="42"/>
        <source>Difficulty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/training/practice.py" line="42"/>
        <source>Instruments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/training/practice.py" line="54"/>
        <source>Instrument to practise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/training/practice.py" line="55"/>
        <source>&amp;Start practice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/training/practice.py" line="58"/>
        <source>Instrument:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseView</name>
    <message>
        <location filename="../../desktop/tally/ui/case_profile.py" line="368"/>
        <source>Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/case_profile.py" line="376"/>
        <source>Assessments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/case_profile.py" line="377"/>
        <source>&amp;Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/case_profile.py" line="378"/>
        <source>Open the selected assessment (Ctrl+O)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/case_profile.py" line="379"/>
        <source>Open assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/case_profile.py" line="380"/>
        <source>&amp;Add instrument…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/case_profile.py" line="381"/>
        <source>Choose an instrument for this case (Ctrl+I)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/case_profile.py" line="382"/>
        <source>Add instrument</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/case_profile.py" line="389"/>
        <source>No assessments yet. Choose an instrument to start one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/case_profile.py" line="396"/>
        <source>Dynamic scores over time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/case_profile.py" line="419"/>
        <source>Case %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CasicDialog</name>
    <message>
        <location filename="../../desktop/tally/ui/assessment/casic_dialog.py" line="40"/>
        <source>CASIC for CPORT item 5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/assessment/casic_dialog.py" line="50"/>
        <source>Use the CASIC only when there is neither an admission nor a diagnosis of sexual interest in children. Press 0 or 1 for the item in focus.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/assessment/casic_dialog.py" line="75"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/assessment/casic_dialog.py" line="94"/>
        <source>CASIC total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/assessment/casic_dialog.py" line="97"/>
        <source>Use this total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/assessment/casic_dialog.py" line="99"/>
        <source>Use this CASIC total for item 5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/assessment/casic_dialog.py" line="101"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/assessment/casic_dialog.py" line="164"/>
        <source>CASIC %1 of %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/assessment/casic_dialog.py" line="173"/>
        <source>a total of %1 or more: item 5 scores 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/assessment/casic_dialog.py" line="175"/>
        <source>below %1: item 5 scores 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/assessment/casic_dialog.py" line="177"/>
        <source>CASIC total %1 of 6 — %2. Press Enter to use it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/assessment/casic_dialog.py" line="181"/>
        <source>CASIC total so far %1 (%2 of 6 items answered)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConfirmDialog</name>
    <message>
        <location filename="../../desktop/tally/ui/assessment/dialogs.py" line="85"/>
        <location filename="../../desktop/tally/ui/assessment/dialogs.py" line="86"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DatabaseStep</name>
    <message>
        <location filename="../../desktop/tally/ui/first_run.py" line="70"/>
        <source>Welcome to Tally</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/first_run.py" line="72"/>
        <source>Tally keeps your cases in one encrypted database on this computer. Choose a passphrase to lock it: a few unrelated words are strong and easy to remember.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/first_run.py" line="74"/>
        <location filename="../../desktop/tally/ui/first_run.py" line="138"/>
        <source>Database: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/first_run.py" line="80"/>
        <source>Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/first_run.py" line="83"/>
        <source>Repeat passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/first_run.py" line="84"/>
        <source>&amp;Passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/first_run.py" line="85"/>
        <source>&amp;Repeat it:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/first_run.py" line="90"/>
        <source>Passphrase strength</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/first_run.py" line="95"/>
        <source>Strength:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/first_run.py" line="99"/>
        <source>Nothing can recover a forgotten passphrase. Not Tally, not your IT department, not us: without it the database cannot be opened and its cases are lost. Write it down and keep it somewhere safe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/first_run.py" line="102"/>
        <source>Warning: a forgotten passphrase cannot be recovered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/first_run.py" line="105"/>
        <source>I &amp;understand that a forgotten passphrase cannot be recovered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/first_run.py" line="106"/>
        <source>I understand a forgotten passphrase is lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/first_run.py" line="110"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/first_run.py" line="113"/>
        <source>&amp;Open an existing database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/first_run.py" line="114"/>
        <source>Open an existing database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/first_run.py" line="115"/>
        <source>&amp;Create database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/first_run.py" line="117"/>
        <source>Create database</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/tally/ui/first_run.py" line="144"/>
        <source>Use at least %n characters.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/first_run.py" line="146"/>
        <source>This passphrase is too easy to guess: add another word or two.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/first_run.py" line="148"/>
        <source>The two passphrases are not the same yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/first_run.py" line="150"/>
        <source>Tick the box to confirm you have read the warning.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/first_run.py" line="155"/>
        <source>Very weak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/first_run.py" line="155"/>
        <source>Weak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/first_run.py" line="155"/>
        <source>Fair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/first_run.py" line="155"/>
        <source>Strong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/first_run.py" line="156"/>
        <source>Very strong</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FeedbackView</name>
    <message>
        <location filename="../../desktop/tally/ui/training/feedback.py" line="25"/>
        <source>Feedback on your scoring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/training/feedback.py" line="27"/>
        <source>Practise &amp;another case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/training/feedback.py" line="29"/>
        <source>See &amp;progress</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FirstRunPage</name>
    <message>
        <location filename="../../desktop/tally/ui/first_run.py" line="251"/>
        <source>First run</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InstrumentCard</name>
    <message>
        <location filename="../../desktop/tally/ui/training/progress.py" line="95"/>
        <source>Proficient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/training/progress.py" line="95"/>
        <source>In progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/training/progress.py" line="100"/>
        <source>%1 of %2 scored cases at ≥ %3 · %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/training/progress.py" line="109"/>
        <source>Cases done: %1 (%8 scorings) · attempts: %2 · first-attempt item agreement: %3 · kappa: %4 · weighted kappa (quadratic): %5 · band kappa: %6 · ICC(A,1) of totals: %7</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/training/progress.py" line="128"/>
        <source>Most often missed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/training/progress.py" line="128"/>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InstrumentChoiceDialog</name>
    <message>
        <location filename="../../desktop/tally/ui/instrument_choice.py" line="219"/>
        <source>Choose an instrument for case %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/instrument_choice.py" line="221"/>
        <source>Choose an instrument</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/instrument_choice.py" line="228"/>
        <source>Instruments for case %1 (%2). Those that apply come first; each says why, from the form&apos;s rules and this case&apos;s facts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/instrument_choice.py" line="232"/>
        <source>Instruments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/instrument_choice.py" line="236"/>
        <source>Why this instrument applies or not</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/instrument_choice.py" line="245"/>
        <source>Assessment date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/instrument_choice.py" line="249"/>
        <source>Assessment &amp;date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/instrument_choice.py" line="251"/>
        <source>&amp;Start assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/instrument_choice.py" line="254"/>
        <source>Start assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/instrument_choice.py" line="257"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/instrument_choice.py" line="290"/>
        <location filename="../../desktop/tally/ui/instrument_choice.py" line="333"/>
        <source>Write the assessment date as YYYY-MM-DD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/instrument_choice.py" line="337"/>
        <source>The assessment date cannot be in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/instrument_choice.py" line="348"/>
        <source>Criteria not met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/instrument_choice.py" line="349"/>
        <source>%1 does not meet its scoring criteria for this case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/instrument_choice.py" line="352"/>
        <source>Score it anyway (for example for research or a second opinion)?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/instrument_choice.py" line="353"/>
        <source>Score anyway</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ItemPage</name>
    <message>
        <location filename="../../desktop/tally/ui/assessment/item_page.py" line="95"/>
        <source>How this item was derived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/assessment/item_page.py" line="111"/>
        <source>Score the CASIC… (Ctrl+K)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/assessment/item_page.py" line="112"/>
        <source>Score the CASIC for this item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/assessment/item_page.py" line="122"/>
        <source>Score (press the key shown)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/assessment/item_page.py" line="130"/>
        <source>&amp;Rationale (Ctrl+E)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/assessment/item_page.py" line="134"/>
        <source>Rationale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/assessment/item_page.py" line="136"/>
        <source>Why this score: the evidence you relied on. Saved as you type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/assessment/item_page.py" line="138"/>
        <source>Why this score: the evidence you relied on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/assessment/item_page.py" line="143"/>
        <source>Information sources (Alt+I)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/assessment/item_page.py" line="149"/>
        <source>Source: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/assessment/item_page.py" line="189"/>
        <source>Item %1 of %2 · %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/assessment/item_page.py" line="231"/>
        <source>%1, %2 points, key %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/assessment/item_page.py" line="256"/>
        <source>Could not be derived from the case facts (%1). Score it by hand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/assessment/item_page.py" line="262"/>
        <source>Derived from case facts: %1 → %2 (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/assessment/item_page.py" line="268"/>
        <source>Overridden by hand. Reason: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/assessment/item_page.py" line="271"/>
        <source>Use the derived value (Ctrl+D)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/assessment/item_page.py" line="272"/>
        <source>Use the derived value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/assessment/item_page.py" line="274"/>
        <source>Override… (Ctrl+D)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/assessment/item_page.py" line="275"/>
        <source>Override the derived value</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop/tally/ui/main_window.py" line="44"/>
        <location filename="../../desktop/tally/ui/main_window.py" line="45"/>
        <location filename="../../desktop/tally/ui/main_window.py" line="324"/>
        <source>Tally</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/main_window.py" line="118"/>
        <source>&amp;New case…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/main_window.py" line="119"/>
        <source>&amp;Find case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/main_window.py" line="120"/>
        <source>Go to case &amp;list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/main_window.py" line="121"/>
        <source>Go to case &amp;profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/main_window.py" line="123"/>
        <source>&amp;Add instrument…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/main_window.py" line="125"/>
        <source>&amp;Open selected assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/main_window.py" line="127"/>
        <source>&amp;Close tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/main_window.py" line="128"/>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/main_window.py" line="130"/>
        <source>&amp;Lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/main_window.py" line="131"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/main_window.py" line="132"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/main_window.py" line="134"/>
        <source>&amp;Training (fictional cases)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/main_window.py" line="137"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/main_window.py" line="142"/>
        <source>&amp;Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/main_window.py" line="145"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/main_window.py" line="173"/>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/main_window.py" line="213"/>
        <source>Tally database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/main_window.py" line="214"/>
        <source>Tally database (*.db);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/main_window.py" line="277"/>
        <source>That passphrase does not open this database. Nothing was changed; try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/main_window.py" line="301"/>
        <source>Tally — %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Navigator</name>
    <message>
        <location filename="../../desktop/tally/ui/assessment/navigator.py" line="46"/>
        <source>Items (Ctrl+J)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/assessment/navigator.py" line="48"/>
        <source>Every item with its state; Enter or a click opens it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/assessment/navigator.py" line="85"/>
        <source>Item %1, %2: %3, score %4</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NeedsProfile</name>
    <message>
        <location filename="../../desktop/tally/ui/assessment/needs_profile.py" line="35"/>
        <source>higher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/assessment/needs_profile.py" line="37"/>
        <source>lower</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/assessment/needs_profile.py" line="38"/>
        <source>same</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewCaseDialog</name>
    <message>
        <location filename="../../desktop/tally/ui/case_profile.py" line="455"/>
        <location filename="../../desktop/tally/ui/case_profile.py" line="456"/>
        <source>New case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/case_profile.py" line="458"/>
        <source>Pseudonymous case id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/case_profile.py" line="459"/>
        <source>Use a pseudonym or file number, never a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/case_profile.py" line="461"/>
        <source>Case &amp;id:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/case_profile.py" line="464"/>
        <source>&amp;Create case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/case_profile.py" line="479"/>
        <source>Enter a case id.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PracticeView</name>
    <message>
        <location filename="../../desktop/tally/ui/training/practice.py" line="124"/>
        <source>Case file summary</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProfileForm</name>
    <message>
        <location filename="../../desktop/tally/ui/case_profile.py" line="79"/>
        <source>Pseudonymous case id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/case_profile.py" line="80"/>
        <source>A pseudonym or file number, never a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/case_profile.py" line="81"/>
        <location filename="../../desktop/tally/ui/case_profile.py" line="219"/>
        <source>Date of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/case_profile.py" line="82"/>
        <location filename="../../desktop/tally/ui/case_profile.py" line="222"/>
        <source>Release date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/case_profile.py" line="83"/>
        <location filename="../../desktop/tally/ui/case_profile.py" line="226"/>
        <source>Index investigation date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/case_profile.py" line="85"/>
        <source>Sexual offending history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/case_profile.py" line="89"/>
        <source>Produced CSEM with a live child</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/case_profile.py" line="90"/>
        <source>Any contact sexual offence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/case_profile.py" line="93"/>
        <source>Not scored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/case_profile.py" line="94"/>
        <source>CASIC total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/case_profile.py" line="95"/>
        <source>Used for CPORT item 5 when there is no admission or diagnosis: positive at 3 or more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/case_profile.py" line="98"/>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/case_profile.py" line="100"/>
        <source>Referral question, sources on file, deadlines (no names)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/case_profile.py" line="105"/>
        <source>Save status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/case_profile.py" line="111"/>
        <source>Case &amp;id:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/case_profile.py" line="112"/>
        <source>Date of &amp;birth:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/case_profile.py" line="113"/>
        <source>&amp;Release date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/case_profile.py" line="114"/>
        <source>Index in&amp;vestigation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/case_profile.py" line="115"/>
        <source>Offending &amp;history:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/case_profile.py" line="116"/>
        <source>CSEM &amp;production:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/case_profile.py" line="117"/>
        <source>Con&amp;tact offence:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/case_profile.py" line="118"/>
        <source>CASIC t&amp;otal:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/case_profile.py" line="122"/>
        <source>No&amp;tes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/case_profile.py" line="144"/>
        <source>YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/case_profile.py" line="218"/>
        <source>The case needs a pseudonymous id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/case_profile.py" line="229"/>
        <source>release date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/case_profile.py" line="230"/>
        <source>index investigation date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/case_profile.py" line="232"/>
        <source>The %1 must come after the date of birth.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/case_profile.py" line="269"/>
        <source>All changes saved</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProfileStep</name>
    <message>
        <location filename="../../desktop/tally/ui/first_run.py" line="190"/>
        <source>Your evaluator profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/first_run.py" line="192"/>
        <source>Your name, credentials and organisation are printed on every assessment you sign. You can change them later in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/first_run.py" line="196"/>
        <source>Full name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/first_run.py" line="198"/>
        <source>e.g. PhD, C.Psych.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/first_run.py" line="199"/>
        <source>Credentials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/first_run.py" line="201"/>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/first_run.py" line="202"/>
        <source>Full &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/first_run.py" line="203"/>
        <source>&amp;Credentials:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/first_run.py" line="204"/>
        <source>&amp;Organisation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/first_run.py" line="210"/>
        <source>&amp;Start using Tally</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/first_run.py" line="212"/>
        <source>Save profile and start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/first_run.py" line="235"/>
        <source>Enter your full name: it is printed on signed reports.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProgressView</name>
    <message>
        <location filename="../../desktop/tally/ui/training/progress.py" line="153"/>
        <source>Agreement needed per case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/training/progress.py" line="156"/>
        <source>Cases needed per instrument</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/training/progress.py" line="157"/>
        <source>Apply rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/training/progress.py" line="160"/>
        <source>Proficiency rule: item agreement at least</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/training/progress.py" line="162"/>
        <source>on at least</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/training/progress.py" line="164"/>
        <source>cases of an instrument (first attempts only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/training/progress.py" line="185"/>
        <source>&lt;h2&gt;Progress: %1&lt;/h2&gt;&lt;p&gt;%2 instrument(s) practised, %3 proficient.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/training/progress.py" line="195"/>
        <source>No submitted practice yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReasonDialog</name>
    <message>
        <location filename="../../desktop/tally/ui/assessment/dialogs.py" line="36"/>
        <location filename="../../desktop/tally/ui/assessment/dialogs.py" line="37"/>
        <source>Reason (required)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/assessment/dialogs.py" line="38"/>
        <source>&amp;Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/assessment/dialogs.py" line="46"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResultsPage</name>
    <message>
        <location filename="../../desktop/tally/ui/assessment/results.py" line="170"/>
        <source>Results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/assessment/results.py" line="171"/>
        <source>← Items (Alt+W)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/assessment/results.py" line="172"/>
        <source>Back to the items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/assessment/results.py" line="173"/>
        <source>Review (Ctrl+R)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/assessment/results.py" line="174"/>
        <source>Review all items</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <location filename="../../desktop/tally/ui/assessment/review.py" line="34"/>
        <source>All items with scores and rationales</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/assessment/review.py" line="37"/>
        <source>← Items (Alt+W)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/assessment/review.py" line="38"/>
        <source>Back to the items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/assessment/review.py" line="39"/>
        <source>First missing item (Ctrl+M)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/assessment/review.py" line="40"/>
        <source>Go to the first missing item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/assessment/review.py" line="41"/>
        <source>Submit for feedback… (Ctrl+Shift+L)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/assessment/review.py" line="42"/>
        <source>Lock… (Ctrl+Shift+L)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/assessment/review.py" line="47"/>
        <source>Amend… (Ctrl+Shift+A)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/assessment/review.py" line="48"/>
        <source>Amend: make a new version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/assessment/review.py" line="49"/>
        <source>Results (Ctrl+T)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/assessment/review.py" line="50"/>
        <source>Show the results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/assessment/review.py" line="82"/>
        <source>Version %1 is %2 and read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/assessment/review.py" line="86"/>
        <source>Draft: %1 of %2 items missing. Lock when every item is scored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/assessment/review.py" line="89"/>
        <source>Draft: every item is scored. Check the rationales, then lock.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/assessment/review.py" line="115"/>
        <source>Reason: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/assessment/review.py" line="129"/>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/assessment/review.py" line="129"/>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/assessment/review.py" line="129"/>
        <source>How</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/assessment/review.py" line="129"/>
        <source>Rationale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/assessment/review.py" line="130"/>
        <source>Sources</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../desktop/tally/ui/settings.py" line="40"/>
        <location filename="../../desktop/tally/ui/settings.py" line="41"/>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/settings.py" line="47"/>
        <source>Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/settings.py" line="50"/>
        <location filename="../../desktop/tally/ui/settings.py" line="118"/>
        <source>Database file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/settings.py" line="51"/>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/settings.py" line="52"/>
        <source>Choose database file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/settings.py" line="56"/>
        <source>&amp;Location:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/settings.py" line="58"/>
        <source>A new location takes effect at once: Tally locks and opens the file there (or creates a new database if there is none).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/settings.py" line="61"/>
        <source>Security</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/settings.py" line="65"/>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/settings.py" line="67"/>
        <source>Lock after minutes without activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/settings.py" line="68"/>
        <source>&amp;Lock after:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/settings.py" line="70"/>
        <source>Appearance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/settings.py" line="73"/>
        <source>Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/settings.py" line="79"/>
        <source>System default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/settings.py" line="80"/>
        <source> pt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/settings.py" line="82"/>
        <source>Font size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/settings.py" line="83"/>
        <source>&amp;Theme:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/settings.py" line="84"/>
        <source>&amp;Font size:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/settings.py" line="94"/>
        <source>Evaluator (printed on signed assessments)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/settings.py" line="97"/>
        <source>Full name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/settings.py" line="99"/>
        <source>Credentials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/settings.py" line="101"/>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/settings.py" line="102"/>
        <source>Full &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/settings.py" line="103"/>
        <source>&amp;Credentials:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/settings.py" line="104"/>
        <source>&amp;Organisation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/settings.py" line="119"/>
        <source>Tally database (*.db);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/settings.py" line="127"/>
        <source>Choose where the database is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/settings.py" line="129"/>
        <source>The database location is a folder: add a file name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/settings.py" line="131"/>
        <source>Enter your full name: it is printed on signed reports.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrainerTools</name>
    <message>
        <location filename="../../desktop/tally/ui/training/trainer.py" line="38"/>
        <source>Trainees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/training/trainer.py" line="40"/>
        <source>New trainee&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/training/trainer.py" line="42"/>
        <source>&amp;Add trainee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/training/trainer.py" line="44"/>
        <source>Trainee profiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/training/trainer.py" line="52"/>
        <location filename="../../desktop/tally/ui/training/trainer.py" line="54"/>
        <source>Sample cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/training/trainer.py" line="58"/>
        <source>&amp;New case…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/training/trainer.py" line="59"/>
        <source>&amp;Export pack…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/training/trainer.py" line="60"/>
        <source>&amp;Import pack…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/training/trainer.py" line="61"/>
        <source>&amp;Check library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/training/trainer.py" line="86"/>
        <source> (yours)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/training/trainer.py" line="109"/>
        <source>Exported %1 case(s) to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/training/trainer.py" line="120"/>
        <source>Imported %1 case(s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/training/trainer.py" line="130"/>
        <source>%1 cases: every reference score agrees with the forms.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/training/trainer.py" line="140"/>
        <source>Saved %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/training/trainer.py" line="144"/>
        <source>Export case pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/training/trainer.py" line="150"/>
        <source>Import case pack</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrainingWindow</name>
    <message>
        <location filename="../../desktop/tally/ui/training/window.py" line="50"/>
        <source>Tally — Training (fictional cases)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/training/window.py" line="51"/>
        <source>Training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/training/window.py" line="60"/>
        <source>Trainee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/training/window.py" line="63"/>
        <source>Training mode: fictional cases only. Nothing here is stored with real cases.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/training/window.py" line="68"/>
        <source>Trainee:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/training/window.py" line="84"/>
        <source>&amp;Practice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/training/window.py" line="85"/>
        <source>P&amp;rogress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/training/window.py" line="86"/>
        <source>&amp;Trainer tools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/training/window.py" line="88"/>
        <source>Add a trainee profile first (Trainer tools)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/training/window.py" line="176"/>
        <source>no trainee</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrendChart</name>
    <message>
        <location filename="../../desktop/tally/ui/trend_chart.py" line="46"/>
        <source>Trend of dynamic scores</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/trend_chart.py" line="65"/>
        <source>No completed STABLE-2007 or ACUTE-2007 assessments yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Typology</name>
    <message>
        <location filename="../../desktop/tally/ui/typology.py" line="21"/>
        <source>Not recorded</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UnlockPage</name>
    <message>
        <location filename="../../desktop/tally/ui/unlock.py" line="17"/>
        <location filename="../../desktop/tally/ui/unlock.py" line="40"/>
        <source>Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/unlock.py" line="22"/>
        <source>Tally is locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/unlock.py" line="23"/>
        <location filename="../../desktop/tally/ui/unlock.py" line="63"/>
        <source>Enter your passphrase to open your cases.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/unlock.py" line="29"/>
        <location filename="../../desktop/tally/ui/unlock.py" line="30"/>
        <source>Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/unlock.py" line="33"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/unlock.py" line="36"/>
        <source>Use &amp;another database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/unlock.py" line="37"/>
        <source>Use another database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/unlock.py" line="38"/>
        <source>&amp;Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/unlock.py" line="57"/>
        <source>Database: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/unlock.py" line="61"/>
        <source>Tally locked itself after a period without activity. Your work was saved. Enter your passphrase to continue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/unlock.py" line="68"/>
        <source>Enter your passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/unlock.py" line="78"/>
        <source>Unlocking…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Wizard</name>
    <message>
        <location filename="../../desktop/tally/ui/assessment/wizard.py" line="82"/>
        <source>Coding guidance (Ctrl+G)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/assessment/wizard.py" line="84"/>
        <source>Coding guidance and research context for the item on screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/assessment/wizard.py" line="89"/>
        <source>Coding guidance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/assessment/wizard.py" line="96"/>
        <source>Items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/assessment/wizard.py" line="115"/>
        <source>← Back (Alt+P)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/assessment/wizard.py" line="116"/>
        <source>Previous item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/assessment/wizard.py" line="118"/>
        <location filename="../../desktop/tally/ui/assessment/wizard.py" line="240"/>
        <source>Next → (Enter, Alt+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/assessment/wizard.py" line="120"/>
        <source>Next item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/assessment/wizard.py" line="122"/>
        <source>Review (Ctrl+R)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/assessment/wizard.py" line="123"/>
        <source>Review all items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/assessment/wizard.py" line="130"/>
        <source>Save state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/assessment/wizard.py" line="204"/>
        <source>No admission or diagnosis? Score the CASIC here: its total fills this item.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/assessment/wizard.py" line="206"/>
        <source>CASIC total on record: %1. Score it again to change it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/assessment/wizard.py" line="240"/>
        <source>Review → (Enter, Alt+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/assessment/wizard.py" line="288"/>
        <source>Read-only: this version is %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/assessment/wizard.py" line="292"/>
        <source>All changes saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/assessment/wizard.py" line="401"/>
        <source>Override a derived item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/assessment/wizard.py" line="403"/>
        <source>Tally derived %1 from the case facts (%2). Scoring %3 instead overrides it. Say why: the reason is kept with the assessment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/assessment/wizard.py" line="409"/>
        <source>&amp;Override</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/assessment/wizard.py" line="486"/>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <location filename="../../desktop/tally/ui/workspace.py" line="35"/>
        <source>No case selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/workspace.py" line="37"/>
        <source>Choose a case on the left (Ctrl+1 goes to the list, Ctrl+F searches) or create one with Ctrl+N.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/workspace.py" line="44"/>
        <source>Open case and assessments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/workspace.py" line="45"/>
        <location filename="../../desktop/tally/ui/workspace.py" line="77"/>
        <source>Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/workspace.py" line="86"/>
        <location filename="../../desktop/tally/ui/workspace.py" line="91"/>
        <source>Case %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/workspace.py" line="107"/>
        <source>Case created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop/tally/ui/workspace.py" line="130"/>
        <source>Select a case first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
