-- Issue 16: V51 seeds scorecards 1 and 2 but starts quality_scorecard_seq at 10 with an increment of 10, and
-- EclipseLink (allocationSize 10) takes a sequence value as the last id of its block — so the first scorecard
-- version added (ids 1..10) met the seeded rows' primary key. The sequence now starts its blocks above every
-- stored scorecard, and at 1000 at least.
SELECT setval('quality_scorecard_seq',
              GREATEST(1000, (SELECT (COALESCE(MAX(id), 0) / 10 + 2) * 10 FROM quality_scorecard)), false);
