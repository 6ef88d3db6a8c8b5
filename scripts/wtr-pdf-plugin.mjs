/**
 * A test-runner command that prints the test page to PDF the way a user's
 * "Print" would (print media, A4 unless the page's @page says otherwise) and
 * tells how many pages came out. Use from a test:
 *   const { pages } = await executeServerCommand('pdf');
 */
export function pdfPlugin() {
  return {
    name: 'pdf',
    async executeCommand({ command, session }) {
      if (command !== 'pdf') return undefined;
      const page = session.browser.getPage(session.id);
      const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
      const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g) ?? []).length;
      return { pages, bytes: pdf.length };
    },
  };
}
