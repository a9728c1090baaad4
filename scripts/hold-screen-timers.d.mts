import type { Page } from '@playwright/test';

export function holdScreenTimers(page: Page): Promise<void>;
