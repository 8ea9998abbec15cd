import { render, screen } from '@testing-library/react';
import { delay, http } from 'msw';
import { describe, expect, it } from 'vitest';
import { DEFAULT_DATA_BASE_URL, routeBase } from '../../mocks/routes';
import { App } from '../../src/app/app';
import { warmFirstView } from '../../src/app/warm-first-view';
import { catalogueQuery } from '../../src/api/queries';
import { dataBaseUrl } from '../../src/api/base-url';
import { testQueryClient, visit } from '../support/render';
import { useMockServer } from '../support/mock-server';

const server = useMockServer();

describe('warmFirstView: the first render draws the figures, not a skeleton', () => {
  it('loads the catalogue and the requested dataset into the cache, so the first render shows OCC XIII', async () => {
    visit('');
    const client = testQueryClient();
    await warmFirstView(client, 10_000);
    expect(client.getQueryData(catalogueQuery(dataBaseUrl()).queryKey)).toBeDefined();
    render(<App client={client} />);
    // No findBy: the figures are in the very first render.
    const card = screen.getByRole('article', { name: 'Minor victims' });
    expect(card.querySelector('.headline-card__value')).toHaveTextContent(/^59$/);
  });

  it('gives up waiting after its limit on a slow network: the skeleton is drawn, the data fills in later', async () => {
    visit('?dataset=sample');
    server.use(http.all(`${routeBase(DEFAULT_DATA_BASE_URL)}/*`, () => delay('infinite')));
    const client = testQueryClient();
    await warmFirstView(client, 20);
    render(<App client={client} />);
    expect(screen.queryByRole('article', { name: 'Minor victims' })).not.toBeInTheDocument();
  });

  it('does not wait for a dataset kept in this browser (its own query reads it after the first render)', async () => {
    visit('?dataset=local-abc123');
    const client = testQueryClient();
    await warmFirstView(client, 10_000);
    expect(client.getQueryCache().getAll()).toHaveLength(0);
  });
});
