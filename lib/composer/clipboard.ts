/**
 * Copies text for the user to paste themselves: the async Clipboard API first, then a hidden textarea and the
 * `copy` command (placed in `host`, e.g. the sidebar's shadow root, so the page never sees it).
 */
export async function copyToClipboard(text: string, host: Node & ParentNode): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    const area = document.createElement('textarea');
    area.value = text;
    area.setAttribute('readonly', '');
    area.style.cssText = 'position:fixed;opacity:0;pointer-events:none;left:-9999px';
    host.appendChild(area);
    area.select();
    try {
      return document.execCommand('copy');
    } catch {
      return false;
    } finally {
      area.remove();
    }
  }
}
