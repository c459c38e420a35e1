"""Calm clinical styling for the assessment widgets. Colours come from the palette where they
can, so the view follows the system's light or dark theme; sizes are in points so they scale
with the font size setting and the screen's scale factor."""

STYLE = """
#assessmentHeader { border-bottom: 1px solid palette(mid); }
#assessmentTitle { font-size: 10pt; color: palette(placeholder-text); }
#totals { font-size: 14pt; font-weight: 600; padding: 2px 0px; }
#totals[unconfirmed="true"] { color: #9a4a00; }
#totals[void="true"] { text-decoration: line-through; color: palette(placeholder-text); }
#withheldWhy { color: #9a4a00; }
#errorBanner { color: #8a1c1c; font-weight: 600; }
#ratingPeriodNote { color: palette(placeholder-text); }
#ratingPeriodNote[error="true"] { color: #8a1c1c; font-weight: 600; }
#voidBanner { font-weight: 600; padding: 4px 8px; border-left: 3px solid palette(mid); }
#paneTitle { font-weight: 600; padding: 4px 2px; }
#itemHeading { font-size: 14pt; font-weight: 600; }
#itemPrompt { font-size: 12pt; }
#consistencyNote { color: #9a4a00; font-weight: 600; padding: 4px 8px;
    border-left: 3px solid #9a4a00; }
#derivedBox, #casicBox { border: 1px solid palette(mid); border-radius: 6px;
    background: palette(alternate-base); }
QPushButton#choice { text-align: left; padding: 8px 14px; font-size: 12pt;
    border: 1px solid palette(mid); border-radius: 6px; background: palette(base); }
QPushButton#choice:checked { border: 2px solid palette(highlight); font-weight: 600;
    background: palette(alternate-base); }
QPushButton#choice:focus { border: 2px dashed palette(highlight); }
QPushButton#choice:checked:focus { border: 3px solid palette(highlight); }
QPushButton#choice:disabled { color: palette(placeholder-text); }
#saveState { color: palette(placeholder-text); }
QTextBrowser#guidance, QTextBrowser#reviewText, QTextBrowser#resultsText { font-size: 11pt; }
"""
