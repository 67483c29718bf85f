"""What the interview says of MDL 2967 beyond its facts' own words: the rule a question
serves, from the summary notice of 2024-07-25 and the claim-form instructions
(seeds/mdl-2967.json, references summary-notice and claim-instructions; readings R1, R20 to
R24)."""

from __future__ import annotations

from ...engine.bundle import InterviewWords

WORDS = InterviewWords(why={
    # "reside or resided in the United States" (summary notice; reading R1).
    "residence": "a member resides or resided in the United States, or in the state of a "
                 "subclass, on some day up to {as_of} (reading R1); a claim needs 183 days in "
                 "a row of it between the first public posting of a photograph of the face "
                 "and 21 June 2024 (claim-form instructions; readings R23, R24)",
    # An individual alive on the as-of date (readings R1, R20); over 18 (reading R22).
    "born_on": "a member is an individual alive on {as_of} (readings R1, R20), and a claimant "
               "must be 18 or older (claim-form instructions; reading R22)",
    "posted_publicly": "a claimant certifies that a photograph of their face was posted to a "
                       "publicly accessible web page (claim-form instructions)",
    "first_posted_publicly_on": "the 183 days are counted from the first public posting of a photograph of "
                 "the face (reading R24)",
    "filed_on": "a claim counts only if submitted by 25 October 2024 (claim-form "
                "instructions)",
})
