"""A small fictional norms table for the demo test form (total 0 to 5): tests only."""

DEMO_NORMS = '''
[[norms]]
id = "demo_routine"
name = "Demo routine norms (fictional)"
norm_group = "Fictional routine samples"
sample_size = 640
follow_up = "5 years, fixed"
outcome = "any sexual recidivism"
base_rate = "8% of the fictional norm group reoffended within 5 years."
source = "paper"
evidence = "published"
rows = [
  { score = 0, percentile = 10.0, percentile_ci = [8.0, 12.0], risk_ratio = 0.4, rate = 2.0, rate_ci = [1.0, 3.5] },
  { score = 1, percentile = 35.0, risk_ratio = 0.7, rate = 4.0 },
  { score = 2, percentile = 60.0, risk_ratio = 1.0, rate = 6.5 },
  { score = 3, percentile = 80.0, risk_ratio = 1.6, rate = 10.0 },
  { score = 4, percentile = 93.5, percentile_ci = [91.0, 96.0], risk_ratio = 2.4, rate = 15.5, rate_ci = [12.0, 19.4] },
  { score = 5, percentile = 99.0, risk_ratio = 3.5, rate = 22.0 },
]
'''
