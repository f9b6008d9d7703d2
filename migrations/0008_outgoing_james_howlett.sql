ALTER TABLE `forums` ADD `min_respondents` integer DEFAULT 5 NOT NULL;--> statement-breakpoint
ALTER TABLE `forums` ADD `min_response_rate` real DEFAULT 0.7 NOT NULL;