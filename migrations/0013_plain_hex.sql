CREATE INDEX `members_forum_id` ON `members` (`forum_id`,`id`);--> statement-breakpoint
CREATE INDEX `members_forum_stage` ON `members` (`forum_id`,`stage`);