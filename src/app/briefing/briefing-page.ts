import {
  ChangeDetectionStrategy,
  Component,
  DOCUMENT,
  ElementRef,
  computed,
  inject,
  signal,
  viewChild,
} from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatMenuModule } from '@angular/material/menu';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { Router, RouterLink } from '@angular/router';
import { Store } from '@ngrx/store';
import { NgxEchartsDirective } from 'ngx-echarts';
import { filter, firstValueFrom } from 'rxjs';
import { PALETTES } from '../charts/palette';
import { buildPanelOption } from '../charts/panel-option';
import { PanelId } from '../charts/panel-specs';
import { PanelView } from '../charts/panel-view';
import { scaleFonts } from '../charts/scale-fonts';
import { DeckExport, DeckFormat, progressText } from '../export/deck/deck-export';
import { withShareLink } from '../export/provenance';
import { analyticsFeature } from '../state/analytics/analytics.feature';
import { BriefingActions, PresentationActions } from '../state/briefing/briefing.actions';
import { briefingFeature } from '../state/briefing/briefing.feature';
import {
  selectCurrentSlide,
  selectCurrentView,
  selectPosition,
  selectStepCount,
  selectSteps,
} from '../state/briefing/briefing.selectors';
import { leversFeature } from '../state/levers/levers.feature';
import { selectPanelViews } from '../state/projection.selectors';
import { selectProvenance, selectSaveStatus } from '../state/scenarios/scenarios.selectors';
import { uiFeature } from '../state/ui/ui.feature';
import { Move, move } from './navigation';
import { SlideList } from './slide-list/slide-list';

/** Chart text on a slide is this much larger than on the dashboard, to be read across a room. */
const ROOM_SCALE = 1.5;

const KEYS: Readonly<Record<string, Move>> = {
  ArrowRight: 'next',
  ArrowDown: 'next',
  PageDown: 'next',
  ' ': 'next',
  ArrowLeft: 'previous',
  ArrowUp: 'previous',
  PageUp: 'previous',
  Home: 'first',
  End: 'last',
};

/**
 * Briefing mode: the scenario's slides one at a time, full screen when presenting, with a caption
 * from the data, the analyst's note and a step-through of the changed levers; the deck is arranged
 * here and exported as PDF or PowerPoint (by DeckExport).
 */
@Component({
  selector: 'app-briefing-page',
  imports: [
    NgxEchartsDirective,
    MatButtonModule,
    MatMenuModule,
    MatProgressBarModule,
    RouterLink,
    SlideList,
  ],
  templateUrl: './briefing-page.html',
  styleUrl: './briefing-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: {
    '(document:keydown)': 'navigate($event)',
    '(document:fullscreenchange)': 'followFullscreen()',
  },
})
export class BriefingPage {
  private readonly store = inject(Store);
  private readonly router = inject(Router);
  private readonly document = inject(DOCUMENT);
  private readonly deckExport = inject(DeckExport);
  private readonly stage = viewChild.required<ElementRef<HTMLElement>>('stage');

  protected readonly slides = this.store.selectSignal(briefingFeature.selectSlides);
  protected readonly position = this.store.selectSignal(selectPosition);
  protected readonly slide = this.store.selectSignal(selectCurrentSlide);
  private readonly currentView = this.store.selectSignal(selectCurrentView);
  private readonly steps = this.store.selectSignal(selectSteps);
  protected readonly stepCount = this.store.selectSignal(selectStepCount);
  private readonly views = this.store.selectSignal(selectPanelViews);
  private readonly levers = this.store.selectSignal(leversFeature.selectValues);
  private readonly provenanceParts = this.store.selectSignal(selectProvenance);
  private readonly theme = this.store.selectSignal(uiFeature.selectTheme);
  protected readonly saveStatus = this.store.selectSignal(selectSaveStatus);

  protected readonly provenance = computed(() =>
    withShareLink(this.provenanceParts(), this.document.location.origin),
  );
  /** The step shown, when the step-through is on. */
  protected readonly step = computed(() => {
    const at = this.position().step;
    const steps = this.steps();
    return at === null || steps.length === 0
      ? null
      : { ...steps[Math.min(at, steps.length - 1)], index: Math.min(at, steps.length - 1) };
  });
  /** What the slide draws: the step's deterministic view, or the scenario's view with its bands. */
  protected readonly view = computed<PanelView | null>(
    () => this.step()?.view ?? this.currentView(),
  );
  protected readonly option = computed(() => {
    const view = this.view();
    return view
      ? {
          ...scaleFonts(buildPanelOption(view, PALETTES[this.theme()]), ROOM_SCALE),
          animation: false,
        }
      : {};
  });
  protected readonly note = computed(() => this.slide()?.note ?? '');
  protected readonly announcement = computed(() => {
    const view = this.view();
    if (!view) return 'No slides';
    const step = this.step();
    const where = `Slide ${this.position().slide + 1} of ${this.slides().length}: ${view.title}`;
    return step
      ? `${where}. Step ${step.index} of ${this.stepCount() - 1}: ${step.title}. ${step.effect}`
      : where;
  });

  protected readonly presenting = signal(false);
  /** While a deck is built: what is being done. */
  protected readonly progress = computed(() => {
    const progress = this.deckExport.progress();
    return progress && progressText(progress);
  });
  /** After a deck export: what went wrong, if anything. */
  protected readonly exportError = signal<string | null>(null);

  protected go(to: Move): void {
    const next = move(this.position(), to, this.slides().length, this.stepCount());
    this.store.dispatch(PresentationActions.positionChanged(next));
  }

  protected show(slide: number): void {
    this.store.dispatch(
      PresentationActions.positionChanged({
        slide,
        step: this.position().step === null ? null : 0,
      }),
    );
  }

  protected toggleSteps(): void {
    const { slide, step } = this.position();
    this.store.dispatch(
      PresentationActions.positionChanged({ slide, step: step === null ? 0 : null }),
    );
  }

  /** Arrows, Page keys, space, Home and End move; Esc leaves the presentation, then briefing mode. */
  protected navigate(event: KeyboardEvent): void {
    const target = event.target as HTMLElement | null;
    if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey) return;
    if (target?.closest('input, textarea, select, [contenteditable], .mat-mdc-menu-panel')) return;
    if (event.key === 'Escape') {
      event.preventDefault();
      if (this.presenting()) this.stopPresenting();
      else void this.router.navigateByUrl('/');
      return;
    }
    const to = KEYS[event.key];
    // Space and the vertical arrows keep their usual meaning on buttons and in lists.
    if (
      !to ||
      (target?.closest('button, a, ol') &&
        !['ArrowLeft', 'ArrowRight', 'Home', 'End', 'PageUp', 'PageDown'].includes(event.key))
    )
      return;
    event.preventDefault();
    this.go(to);
  }

  protected present(): void {
    this.presenting.set(true);
    const stage = this.stage().nativeElement;
    stage.focus();
    // Full screen where the browser allows it; otherwise the slide still fills the window.
    stage.requestFullscreen?.().catch(() => undefined);
  }

  protected stopPresenting(): void {
    this.presenting.set(false);
    if (this.document.fullscreenElement) void this.document.exitFullscreen().catch(() => undefined);
  }

  /** The browser's own Esc leaves full screen; the presentation ends with it. */
  protected followFullscreen(): void {
    if (!this.document.fullscreenElement) this.presenting.set(false);
  }

  protected changeNote(event: Event): void {
    const note = (event.target as HTMLTextAreaElement).value;
    this.store.dispatch(BriefingActions.slideNoteChanged({ index: this.position().slide, note }));
  }

  protected moveSlide(change: { from: number; to: number }): void {
    this.store.dispatch(BriefingActions.slideMoved(change));
    if (change.from === this.position().slide) this.show(change.to);
  }

  protected removeSlide(index: number): void {
    this.store.dispatch(BriefingActions.slideRemoved({ index }));
  }

  protected addSlide(panel: PanelId): void {
    this.store.dispatch(BriefingActions.slideAdded({ panel }));
    this.show(this.slides().length - 1);
  }

  protected async exportDeck(format: DeckFormat): Promise<void> {
    this.exportError.set(null);
    // Captions carry each goal's word and P(met): a deck is not written from a run half done.
    await firstValueFrom(
      this.store
        .select(analyticsFeature.selectAnalyticsState)
        .pipe(filter((analytics) => analytics.status !== 'running')),
    );
    const views = this.views();
    try {
      await this.deckExport.export(format, {
        provenance: this.provenance(),
        levers: this.levers(),
        slides: this.slides().map((slide) => ({
          view: views.find((v) => v.id === slide.panel)!,
          note: slide.note,
        })),
      });
    } catch (error) {
      this.exportError.set((error as Error).message);
    }
  }
}
