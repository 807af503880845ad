-- 0004: triage corrections. A doctor who moves a ticket to another queue (`transfer`) corrects the classifier;
-- `npm run classify -- --corrections` reads these to suggest lexicon changes.

CREATE TABLE triage_corrections (
  id               INTEGER PRIMARY KEY AUTOINCREMENT,
  consultation_id  INTEGER NOT NULL REFERENCES consultations (id),
  from_specialty   TEXT NOT NULL,
  to_specialty     TEXT NOT NULL,
  doctor_id        TEXT NOT NULL,
  at               INTEGER NOT NULL
);
CREATE INDEX triage_corrections_by_pair ON triage_corrections (from_specialty, to_specialty);
