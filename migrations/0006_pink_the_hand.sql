CREATE TABLE `share_links` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`forum_id` integer NOT NULL,
	`round_id` integer NOT NULL,
	`hash` text NOT NULL,
	`subgroups` integer DEFAULT false NOT NULL,
	`created_by` integer,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`revoked_at` text,
	`access_count` integer DEFAULT 0 NOT NULL,
	`last_access_at` text,
	FOREIGN KEY (`forum_id`) REFERENCES `forums`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`round_id`) REFERENCES `rounds`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`created_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `share_links_hash_unique` ON `share_links` (`hash`);--> statement-breakpoint
CREATE INDEX `share_links_forum` ON `share_links` (`forum_id`);--> statement-breakpoint
ALTER TABLE `forums` ADD `default_method` text DEFAULT 'median' NOT NULL;