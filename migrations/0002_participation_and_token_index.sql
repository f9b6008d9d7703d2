ALTER TABLE `rounds` ADD `participation` text;--> statement-breakpoint
CREATE INDEX `tokens_member` ON `tokens` (`member_id`);