import { ChangeDetectionStrategy, Component, computed, input, output, signal } from '@angular/core';
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
}
