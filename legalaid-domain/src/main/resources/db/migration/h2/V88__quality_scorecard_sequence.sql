-- Issue 16: V51 seeds scorecards 1 and 2 but starts quality_scorecard_seq at 10 with an increment of 10, and
-- EclipseLink (allocationSize 10) takes a sequence value as the last id of its block — so the first scorecard
-- version added (ids 1..10) met the seeded rows' primary key. The sequence now gives blocks from 991 on,
-- above the few scorecards a demonstration database can hold.
ALTER SEQUENCE quality_scorecard_seq RESTART WITH 1000;
