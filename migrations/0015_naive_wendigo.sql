ALTER TABLE `forums` ADD `results_version` integer DEFAULT 0 NOT NULL;--> statement-breakpoint
-- Every published round has its participation counts frozen (the close freezes them; rounds closed
-- before that did not), so readers' pages never count them live from round_members, answers and ideas.
UPDATE rounds SET participation = json_object(
  'eligible', (SELECT count(*) FROM round_members rm WHERE rm.round_id = rounds.id),
  'late', (SELECT count(*) FROM round_members rm WHERE rm.round_id = rounds.id AND rm.late = 1),
  'answered', (SELECT count(*) FROM round_members rm WHERE rm.round_id = rounds.id AND (
    EXISTS (SELECT 1 FROM answers a WHERE a.round_id = rounds.id AND a.member_id = rm.member_id
      AND a.status = 'submitted' AND a.superseded_at IS NULL)
    OR EXISTS (SELECT 1 FROM ideas i WHERE i.round_id = rounds.id AND i.member_id = rm.member_id))))
WHERE state IN ('closed', 'published') AND participation IS NULL;--> statement-breakpoint
-- results_version counts the writes to what published results show: one trigger per table and kind of
-- write (src/routes/rendered-cache.tsx keeps rendered dashboards under it; tests/integration/results/
-- results-version.test.ts checks that every table a dashboard reads has its three).
CREATE TRIGGER `results_version_rounds_insert` AFTER INSERT ON `rounds` BEGIN UPDATE forums SET results_version = results_version + 1 WHERE id = NEW.forum_id; END;--> statement-breakpoint
CREATE TRIGGER `results_version_rounds_update` AFTER UPDATE ON `rounds` BEGIN UPDATE forums SET results_version = results_version + 1 WHERE id = NEW.forum_id; END;--> statement-breakpoint
CREATE TRIGGER `results_version_rounds_delete` AFTER DELETE ON `rounds` BEGIN UPDATE forums SET results_version = results_version + 1 WHERE id = OLD.forum_id; END;--> statement-breakpoint
CREATE TRIGGER `results_version_questions_insert` AFTER INSERT ON `questions` BEGIN UPDATE forums SET results_version = results_version + 1 WHERE id = NEW.forum_id; END;--> statement-breakpoint
CREATE TRIGGER `results_version_questions_update` AFTER UPDATE ON `questions` BEGIN UPDATE forums SET results_version = results_version + 1 WHERE id = NEW.forum_id; END;--> statement-breakpoint
CREATE TRIGGER `results_version_questions_delete` AFTER DELETE ON `questions` BEGIN UPDATE forums SET results_version = results_version + 1 WHERE id = OLD.forum_id; END;--> statement-breakpoint
CREATE TRIGGER `results_version_snapshots_insert` AFTER INSERT ON `snapshots` BEGIN UPDATE forums SET results_version = results_version + 1 WHERE id = (SELECT forum_id FROM rounds WHERE id = NEW.round_id); END;--> statement-breakpoint
CREATE TRIGGER `results_version_snapshots_update` AFTER UPDATE ON `snapshots` BEGIN UPDATE forums SET results_version = results_version + 1 WHERE id = (SELECT forum_id FROM rounds WHERE id = NEW.round_id); END;--> statement-breakpoint
CREATE TRIGGER `results_version_snapshots_delete` AFTER DELETE ON `snapshots` BEGIN UPDATE forums SET results_version = results_version + 1 WHERE id = (SELECT forum_id FROM rounds WHERE id = OLD.round_id); END;--> statement-breakpoint
CREATE TRIGGER `results_version_round_questions_insert` AFTER INSERT ON `round_questions` BEGIN UPDATE forums SET results_version = results_version + 1 WHERE id = (SELECT forum_id FROM rounds WHERE id = NEW.round_id); END;--> statement-breakpoint
CREATE TRIGGER `results_version_round_questions_update` AFTER UPDATE ON `round_questions` BEGIN UPDATE forums SET results_version = results_version + 1 WHERE id = (SELECT forum_id FROM rounds WHERE id = NEW.round_id); END;--> statement-breakpoint
CREATE TRIGGER `results_version_round_questions_delete` AFTER DELETE ON `round_questions` BEGIN UPDATE forums SET results_version = results_version + 1 WHERE id = (SELECT forum_id FROM rounds WHERE id = OLD.round_id); END;--> statement-breakpoint
CREATE TRIGGER `results_version_resolutions_insert` AFTER INSERT ON `resolutions` BEGIN UPDATE forums SET results_version = results_version + 1 WHERE id = (SELECT forum_id FROM questions WHERE id = NEW.question_id); END;--> statement-breakpoint
CREATE TRIGGER `results_version_resolutions_update` AFTER UPDATE ON `resolutions` BEGIN UPDATE forums SET results_version = results_version + 1 WHERE id = (SELECT forum_id FROM questions WHERE id = NEW.question_id); END;--> statement-breakpoint
CREATE TRIGGER `results_version_resolutions_delete` AFTER DELETE ON `resolutions` BEGIN UPDATE forums SET results_version = results_version + 1 WHERE id = (SELECT forum_id FROM questions WHERE id = OLD.question_id); END;--> statement-breakpoint
CREATE TRIGGER `results_version_ideas_insert` AFTER INSERT ON `ideas` BEGIN UPDATE forums SET results_version = results_version + 1 WHERE id = NEW.forum_id; END;--> statement-breakpoint
CREATE TRIGGER `results_version_ideas_update` AFTER UPDATE ON `ideas` BEGIN UPDATE forums SET results_version = results_version + 1 WHERE id = NEW.forum_id; END;--> statement-breakpoint
CREATE TRIGGER `results_version_ideas_delete` AFTER DELETE ON `ideas` BEGIN UPDATE forums SET results_version = results_version + 1 WHERE id = OLD.forum_id; END;
