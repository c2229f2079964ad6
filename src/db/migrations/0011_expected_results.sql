-- An expected "ratification deposited" result: a State and an instrument, with no event yet. It is confirmed on read
-- by the State's deposit of consent in a non-reverted import (see db/repos/assistance/results.repo.ts). expected_date
-- is only what the recorder expects, never counted.
ALTER TABLE "assistance_results" ADD COLUMN "expected_date" date;
