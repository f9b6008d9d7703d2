CREATE TABLE `round_tallies` (
	`round_id` integer NOT NULL,
	`group_key` integer NOT NULL,
	`eligible` integer DEFAULT 0 NOT NULL,
	`late` integer DEFAULT 0 NOT NULL,
	`complete` integer DEFAULT 0 NOT NULL,
	`active` integer DEFAULT 0 NOT NULL,
	`active_complete` integer DEFAULT 0 NOT NULL,
	`rostered` integer DEFAULT 0 NOT NULL,
	`previous` integer DEFAULT 0 NOT NULL,
	`lost` integer DEFAULT 0 NOT NULL,
	PRIMARY KEY(`round_id`, `group_key`),
	FOREIGN KEY (`round_id`) REFERENCES `rounds`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `round_members_round_answered` ON `round_members` (`round_id`,`answered`,`member_id`);--> statement-breakpoint
-- Count, for the rounds opened before, what openRound, closeRound and every write of answers now keep
-- (src/db/queries/round-tallies.ts recountTallies): each opened round's roster per institution
-- (group_key: the institution's id, 0 for none) and for the whole round (-1). A closed round counts as
-- active the experts who still are, or who were removed after its close (who it counted when it closed);
-- previous/lost (attrition) are counted for closed rounds only.
WITH q AS (
    SELECT r.id AS round_id, r.forum_id, r.number, r.state, r.closed_at,
      (SELECT count(*) FROM round_questions WHERE round_id = r.id) AS n
    FROM rounds r WHERE r.state <> 'draft'),
  prev AS (
    SELECT q.round_id, (SELECT p.id FROM rounds p WHERE q.state IN ('closed', 'published')
        AND p.forum_id = q.forum_id AND p.state <> 'draft' AND p.number < q.number AND EXISTS (SELECT 1 FROM round_members x WHERE x.round_id = p.id)
      ORDER BY p.number DESC LIMIT 1) AS prev_id
    FROM q),
  cur AS (
    SELECT q.round_id, rm.member_id AS member, coalesce(m.institution_id, 0) AS g, rm.late AS late,
      (q.n > 0 AND rm.answered >= q.n) AS complete,
      (m.status = 'active' OR (m.status = 'removed' AND q.closed_at IS NOT NULL AND m.removed_at > q.closed_at)) AS active,
      EXISTS (SELECT 1 FROM round_members e JOIN rounds re ON re.id = e.round_id
        WHERE e.member_id = rm.member_id AND re.forum_id = q.forum_id AND re.number < q.number) AS earlier
    FROM q JOIN round_members rm ON rm.round_id = q.round_id JOIN members m ON m.id = rm.member_id
    WHERE m.role = 'expert'),
  parts AS (
    SELECT round_id, g, 1 AS eligible, late, complete, active, active * complete AS active_complete,
      NOT earlier AS rostered, 0 AS previous, 0 AS lost FROM cur
    UNION ALL
    SELECT prev.round_id, coalesce(m.institution_id, 0), 0, 0, 0, 0, 0, 0, 1,
      NOT EXISTS (SELECT 1 FROM cur c WHERE c.round_id = prev.round_id AND c.member = rm.member_id AND c.complete)
    FROM prev JOIN round_members rm ON rm.round_id = prev.prev_id JOIN members m ON m.id = rm.member_id
    WHERE m.role = 'expert'
      AND rm.answered >= (SELECT count(*) FROM round_questions WHERE round_id = prev.prev_id)
      AND (SELECT count(*) FROM round_questions WHERE round_id = prev.prev_id) > 0),
  sums AS (
    SELECT round_id, g, sum(eligible) AS eligible, sum(late) AS late, sum(complete) AS complete,
      sum(active) AS active, sum(active_complete) AS active_complete, sum(rostered) AS rostered,
      sum(previous) AS previous, sum(lost) AS lost
    FROM parts GROUP BY round_id, g)
INSERT INTO `round_tallies` (`round_id`, `group_key`, `eligible`, `late`, `complete`, `active`, `active_complete`, `rostered`, `previous`, `lost`)
SELECT round_id, g, eligible, late, complete, active, active_complete, rostered, previous, lost FROM sums
UNION ALL
SELECT round_id, -1, sum(eligible), sum(late), sum(complete), sum(active), sum(active_complete), sum(rostered),
  sum(previous), sum(lost)
FROM sums GROUP BY round_id;
