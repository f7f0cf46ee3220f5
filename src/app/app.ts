import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatToolbarModule } from '@angular/material/toolbar';
import { RouterLink, RouterLinkActive, RouterOutlet } from '@angular/router';
import { Store } from '@ngrx/store';
import { leversFeature } from './state/levers/levers.feature';
import { UiActions } from './state/ui/ui.actions';
import { uiFeature } from './state/ui/ui.feature';

@Component({
  selector: 'app-root',
  imports: [RouterOutlet, RouterLink, RouterLinkActive, MatToolbarModule, MatButtonModule],
  templateUrl: './app.html',
  styleUrl: './app.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class App {
  private readonly store = inject(Store);
  protected readonly dark = computed(() => this.store.selectSignal(uiFeature.selectTheme)() === 'dark');
  private readonly changed = this.store.selectSignal(leversFeature.selectChangedLevers);
  protected readonly scenario = computed(() => {
    const n = this.changed().length;
    return n === 0 ? 'Baseline' : `Baseline with ${n} lever${n === 1 ? '' : 's'} changed`;
  });

  protected skipToContent(main: HTMLElement): void {
    main.focus();
  }

  protected toggleTheme(): void {
    this.store.dispatch(UiActions.themeToggled());
  }
}
