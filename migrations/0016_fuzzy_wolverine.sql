ALTER TABLE `snapshots` ADD `verdict` text;--> statement-breakpoint
CREATE INDEX `snapshots_round_verdict` ON `snapshots` (`round_id`,`question_id`,`verdict`);--> statement-breakpoint
-- Snapshots stored before the column: their verdict and answer count, from the statistics once.
UPDATE `snapshots` SET `verdict` = json_object(
  'consensus', json_extract(coalesce(`public_stats`, `stats`), '$.consensus'),
  'n', json_extract(coalesce(`public_stats`, `stats`), '$.n'));
