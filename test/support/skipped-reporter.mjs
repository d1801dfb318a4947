// Lists every skipped test with its title at the end of a run (the default reporter only counts
// them): a skip's title says why it was skipped (e.g. no EventStoreDB server here), so the reason
// stays in the summary instead of a console line jest may not show.
export default class SkippedReporter {
  onRunComplete(_contexts, results) {
    const skipped = results.testResults.flatMap((file) =>
      file.testResults
        .filter((t) => t.status === 'pending' || t.status === 'skipped' || t.status === 'todo')
        .map((t) => `  ${file.testFilePath.replace(`${process.cwd()}/`, '')}: ${t.fullName}`),
    );
    if (skipped.length)
      process.stderr.write(
        `\nSkipped tests (${skipped.length}), each titled with its reason:\n${skipped.join('\n')}\n`,
      );
  }
}
