import { QueryErrorResetBoundary } from '@tanstack/react-query';
import { Component } from 'react';
import type { ErrorInfo, ReactNode } from 'react';
import { PanelStatus } from '../ui/panel-status';

interface BoundaryProps {
  name: string;
  onReset: () => void;
  children: ReactNode;
}
interface BoundaryState {
  error: Error | null;
}

class Boundary extends Component<BoundaryProps, BoundaryState> {
  override state: BoundaryState = { error: null };

  static getDerivedStateFromError(error: Error): BoundaryState {
    return { error };
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    // Kept in the console for whoever debugs; the reader sees the message in the panel.
    console.warn(`Panel "${this.props.name}" failed`, error, info.componentStack);
  }

  private readonly retry = (): void => {
    this.props.onReset();
    this.setState({ error: null });
  };

  override render(): ReactNode {
    if (this.state.error) {
      return (
        <PanelStatus
          kind="error"
          title={`The ${this.props.name} panel stopped working`}
          error={this.state.error}
          onRetry={this.retry}
        />
      );
    }
    return this.props.children;
  }
}

/** One failing panel shows its own error with Retry; the rest of the page keeps working. */
export function PanelBoundary({ name, children }: { name: string; children: ReactNode }) {
  return (
    <QueryErrorResetBoundary>
      {({ reset }) => (
        <Boundary name={name} onReset={reset}>
          {children}
        </Boundary>
      )}
    </QueryErrorResetBoundary>
  );
}
