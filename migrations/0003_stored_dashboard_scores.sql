ALTER TABLE `forums` ADD `scores` text;--> statement-breakpoint
ALTER TABLE `snapshots` ADD `derived` text;