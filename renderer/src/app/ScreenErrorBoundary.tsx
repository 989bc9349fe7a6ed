// Catches a screen that fails to render, so one broken screen shows a sentence and the rest of the app keeps working.
import { Component, type ReactNode } from 'react';
import { readableMessage } from '../client';
import { Button } from '../ui';

interface Props {
  /** Changing the key (the route) clears the failure when the director moves to another screen. */
  children: ReactNode;
}

interface State {
  failure: unknown;
}

export class ScreenErrorBoundary extends Component<Props, State> {
  override state: State = { failure: null };

  static getDerivedStateFromError(failure: unknown): State {
    return { failure };
  }

  override componentDidCatch(failure: unknown): void {
    // The console is for the developer; the director sees only the sentence below.
    console.error('[chartroom] a screen failed to render', failure);
  }

  override render() {
    if (!this.state.failure) return this.props.children;
    return (
      <div className="screen-failure" role="alert">
        <h2>This screen could not be shown</h2>
        <p>{readableMessage(this.state.failure)}</p>
        <div>
          <Button variant="secondary" onClick={() => this.setState({ failure: null })}>Try again</Button>
        </div>
      </div>
    );
  }
}
