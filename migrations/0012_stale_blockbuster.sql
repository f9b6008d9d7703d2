ALTER TABLE `round_members` ADD `answered` integer DEFAULT 0 NOT NULL;--> statement-breakpoint
-- Count, for the rows written before, what every write of answers now keeps (answers.ts refreshAnswered).
UPDATE `round_members` SET `answered` = (
  SELECT count(DISTINCT a.question_id) FROM answers a
  JOIN round_questions rq ON rq.round_id = a.round_id AND rq.question_id = a.question_id
  WHERE a.round_id = round_members.round_id AND a.member_id = round_members.member_id
    AND a.status = 'submitted' AND a.superseded_at IS NULL
);
