-- P6: the due date each arrival recorded, on the proposal (its current stay) and on each hop of its route.
-- Null where the arrival event recorded none (stored before ProposalSubmitted/Forwarded/Resubmitted revision 2).
alter table q_proposal add column due_at timestamp(6) with time zone;
alter table q_proposal_hop add column due_at timestamp(6) with time zone;
