-- A withdrawal while a review is open keeps the registration's row without a rating, at the withdrawal's sequence,
-- so a repeated delivery of an earlier evaluation cannot bring the rating back.
alter table q_review_rating alter column rating drop not null;
