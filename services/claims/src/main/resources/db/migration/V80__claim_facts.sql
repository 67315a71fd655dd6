-- The facts each claim states (subject, predicate class, role of each quantity), as a JSON array of FactView.
-- Null for claims stored before facts were read: the service reads their facts when the document is read.
alter table claim add column facts text;
