import {
  ChangeDetectionStrategy,
  Component,
  DOCUMENT,
  ElementRef,
  afterNextRender,
  computed,
  inject,
  signal,
  viewChild,
} from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatToolbarModule } from '@angular/material/toolbar';
import { RouterLink, RouterLinkActive, RouterOutlet } from '@angular/router';
import { Store } from '@ngrx/store';
import { analyticsFeature } from './state/analytics/analytics.feature';
import { HistoryActions } from './state/history/history.actions';
import { selectCanRedo, selectCanUndo } from './state/history/history.selectors';
import { scenariosFeature } from './state/scenarios/scenarios.feature';
import { selectHasUnsavedChanges } from './state/scenarios/scenarios.selectors';
import { UiActions } from './state/ui/ui.actions';
import { uiFeature } from './state/ui/ui.feature';

@Component({
  selector: 'app-root',
  imports: [RouterOutlet, RouterLink, RouterLinkActive, MatToolbarModule, MatButtonModule],
  templateUrl: './app.html',
  styleUrl: './app.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: { '(document:keydown)': 'shortcut($event)' },
})
export class App {
  private readonly store = inject(Store);
  private readonly document = inject(DOCUMENT);
  private readonly theme = this.store.selectSignal(uiFeature.selectTheme);
  protected readonly dark = computed(() => this.theme() === 'dark');
  private readonly active = this.store.selectSignal(scenariosFeature.selectActiveScenario);
  private readonly unsaved = this.store.selectSignal(selectHasUnsavedChanges);
  protected readonly scenario = computed(() =>
    this.active().preset && this.unsaved() ? `${this.active().name} (changed)` : this.active().name,
  );

  protected readonly notices = this.store.selectSignal(uiFeature.selectNotices);
  private readonly analyticsStatus = this.store.selectSignal(analyticsFeature.selectStatus);
  protected readonly simulating = computed(() => this.analyticsStatus() === 'running');
  /** What the copy button says after a click, for a few seconds. */
  protected readonly copied = signal<string | null>(null);
  protected readonly canUndo = this.store.selectSignal(selectCanUndo);
  protected readonly canRedo = this.store.selectSignal(selectCanRedo);
  private readonly header = viewChild.required<ElementRef<HTMLElement>>('header');

  constructor() {
    // The toolbar wraps on narrower screens, so what sticks below it (the levers column) and what
    // scrolls into view under it (a panel a goal card links to) read its height from --header-height.
    afterNextRender(() => {
      const header = this.header().nativeElement;
      const root = this.document.documentElement;
      new ResizeObserver(() =>
        root.style.setProperty('--header-height', `${header.offsetHeight}px`),
      ).observe(header);
    });
  }

  protected dismissNotices(): void {
    this.store.dispatch(UiActions.noticesDismissed());
  }

  /** The address bar always holds the share link; this puts it on the clipboard. */
  protected async copyLink(): Promise<void> {
    const link = this.document.location.href;
    try {
      await this.document.defaultView!.navigator.clipboard.writeText(link);
      this.copied.set('Link copied');
    } catch {
      this.copied.set('Copy the address bar');
    }
    setTimeout(() => this.copied.set(null), 3000);
  }

  protected undo(): void {
    this.store.dispatch(HistoryActions.undo());
  }

  protected redo(): void {
    this.store.dispatch(HistoryActions.redo());
  }

  /**
   * Ctrl+Z / Ctrl+Shift+Z (⌘ on a Mac), except where a text field has its own undo, and in a modal
   * dialog (the data pack review), whose figures an undo behind it would make stale.
   */
  protected shortcut(event: KeyboardEvent): void {
    if (!(event.ctrlKey || event.metaKey) || event.key.toLowerCase() !== 'z') return;
    const target = event.target as HTMLElement;
    if (target.closest('textarea, input[type=text], [contenteditable=true], dialog[open]')) return;
    event.preventDefault();
    if (event.shiftKey) this.redo();
    else this.undo();
  }

  protected skipToContent(main: HTMLElement): void {
    main.focus();
  }

  protected toggleTheme(): void {
    this.store.dispatch(UiActions.themeToggled());
  }
}
