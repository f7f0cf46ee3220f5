import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  Injector,
  afterNextRender,
  computed,
  inject,
  input,
  output,
  signal,
} from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { PANEL_SPECS, PanelId } from '../../charts/panel-specs';
import { BriefingSlide, SLIDES_MAX } from '../../scenarios/slides';

const TITLES = new Map(PANEL_SPECS.map((spec) => [spec.id, spec.title]));

/** The deck as an ordered list: go to a slide, move it, remove it, or add a panel as a new slide. */
@Component({
  selector: 'app-slide-list',
  imports: [MatButtonModule],
  templateUrl: './slide-list.html',
  styleUrl: './slide-list.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class SlideList {
  private readonly injector = inject(Injector);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef).nativeElement;
  readonly slides = input.required<readonly BriefingSlide[]>();
  readonly current = input.required<number>();
  readonly shown = output<number>();
  readonly moved = output<{ from: number; to: number }>();
  readonly removed = output<number>();
  readonly added = output<PanelId>();

  protected readonly panels = PANEL_SPECS.map((spec) => ({ id: spec.id, title: spec.title }));
  protected readonly full = computed(() => this.slides().length >= SLIDES_MAX);
  protected readonly picked = signal<PanelId>(PANEL_SPECS[0].id);

  protected titleOf(panel: PanelId): string {
    return TITLES.get(panel) ?? panel;
  }

  protected pick(event: Event): void {
    this.picked.set((event.target as HTMLSelectElement).value as PanelId);
  }

  protected add(): void {
    this.added.emit(this.picked());
  }

  /**
   * The focus follows the slide: the same button on its new row (a keyboard user presses Up again to
   * move it further), or the other move button once it reaches the end it was moved to.
   */
  protected move(from: number, to: number): void {
    const way = to < from ? 'up' : 'down';
    this.moved.emit({ from, to });
    this.focusLater(
      `[data-slide="${to}"][data-move="${way}"]:not([disabled])`,
      `[data-slide="${to}"][data-move]:not([disabled])`,
    );
  }

  /** The row goes: the focus moves to the slide that takes its place, the one before, else Add slide. */
  protected remove(index: number): void {
    this.removed.emit(index);
    this.focusLater(
      `[data-slide="${index}"][data-remove]`,
      `[data-slide="${index - 1}"][data-remove]`,
      '.add button',
    );
  }

  private focusLater(...selectors: string[]): void {
    afterNextRender(
      () => {
        for (const selector of selectors) {
          const found = this.host.querySelector<HTMLElement>(selector);
          if (found) return found.focus();
        }
      },
      { injector: this.injector },
    );
  }
}
