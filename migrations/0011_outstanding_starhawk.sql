ALTER TABLE `snapshots` ADD `public_stats` text;--> statement-breakpoint
ALTER TABLE `snapshots` ADD `spread` text;--> statement-breakpoint
-- Fill both for the snapshots stored before: the public statistics are the stored ones without the
-- responses, the spread is the IQR (and each option's) that the convergence lines read, each number
-- copied as its JSON text (`->`), so it keeps all its digits.
UPDATE `snapshots` SET
  `public_stats` = json_remove(`stats`, '$.responses'),
  `spread` = json_object(
    'iqr', `stats` -> '$.summary.iqr',
    'options', CASE WHEN json_type(`stats`, '$.perOption') = 'array' THEN json((
      SELECT json_group_array(json_object('label', o.value ->> '$.label', 'iqr', o.value -> '$.summary.iqr'))
      FROM json_each(`stats`, '$.perOption') o)) END
  );
