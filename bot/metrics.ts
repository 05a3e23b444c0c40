/** Prometheus metrics: routes, channels and latency only, never message text or ids. */
import { Counter, Gauge, Histogram, Registry } from 'prom-client';

export interface Metrics {
  registry: Registry;
  turns: Counter<'route' | 'channel'>;
  latency: Histogram<'channel'>;
  errors: Counter<'channel'>;
  /** 1 while the state store is unreachable and the bot answers without saved state. */
  storeDegraded: Gauge;
}

export function createMetrics(): Metrics {
  const registry = new Registry();
  return {
    registry,
    turns: new Counter({
      name: 'bot_turns_total',
      help: 'Conversation turns by route and channel',
      labelNames: ['route', 'channel'],
      registers: [registry],
    }),
    latency: new Histogram({
      name: 'bot_turn_seconds',
      help: 'Time to answer one message',
      labelNames: ['channel'],
      buckets: [0.0005, 0.001, 0.005, 0.01, 0.05, 0.1, 0.5, 1],
      registers: [registry],
    }),
    errors: new Counter({
      name: 'bot_turn_errors_total',
      help: 'Turns that fell back to the safe reply',
      labelNames: ['channel'],
      registers: [registry],
    }),
    storeDegraded: new Gauge({
      name: 'bot_store_degraded',
      help: '1 while the state store is unreachable (answers go out without saved state)',
      registers: [registry],
    }),
  };
}
