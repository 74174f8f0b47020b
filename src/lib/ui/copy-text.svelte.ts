/**
 * Copies text to the clipboard and says what it did, in a status line that clears itself. When the
 * clipboard refuses (no permission, an insecure page), it keeps the text for a textarea that the
 * caller shows (`refused`) and selects it there (`box`), so the keyboard can copy it.
 */
export class CopyText {
  status = $state('');
  refused = $state<{ text: string; label: string } | null>(null);
  box: HTMLTextAreaElement | undefined = $state();
  #clear: ReturnType<typeof setTimeout> | undefined;

  /** Shows `text` in the status line for a few seconds. */
  say(text: string): void {
    this.status = text;
    clearTimeout(this.#clear);
    this.#clear = setTimeout(() => (this.status = ''), 6000);
  }

  async copy(text: string, label: string, words: { done: string; refused: string }): Promise<void> {
    try {
      await navigator.clipboard.writeText(text);
      this.refused = null;
      this.say(words.done);
    } catch {
      this.refused = { text, label };
      // The textarea renders on the next tick; select it there.
      setTimeout(() => {
        this.box?.focus();
        this.box?.select();
      });
      this.say(words.refused);
    }
  }
}
