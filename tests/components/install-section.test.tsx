import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { InstallSection } from '../../src/features/you/install-section';
import { installOffer, listenForInstallPrompt } from '../../src/ui/install-prompt';

beforeAll(() => listenForInstallPrompt(window));

/** The event Chromium fires when it would install Folio, with a prompt that ends as `answer` says. */
function offerInstall(answer: () => Promise<unknown>, outcome: 'accepted' | 'dismissed' = 'accepted') {
  const event = new Event('beforeinstallprompt', { cancelable: true });
  const prompt = vi.fn(answer);
  Object.assign(event, { prompt, userChoice: Promise.resolve({ outcome }) });
  act(() => {
    window.dispatchEvent(event);
  });
  return { event, prompt };
}

describe('Install Folio', () => {
  it('shows nothing where the browser has not offered to install', () => {
    const { container } = render(<InstallSection />);
    expect(container).toBeEmptyDOMElement();
  });

  it('keeps the offer instead of the browser’s own bar, and says so when the learner turns it down', async () => {
    const user = userEvent.setup();
    render(<InstallSection />);
    const { event, prompt } = offerInstall(() => Promise.resolve(), 'dismissed');
    expect(event.defaultPrevented).toBe(true);
    await user.click(screen.getByRole('button', { name: 'Install Folio' }));
    expect(prompt).toHaveBeenCalledOnce();
    expect(await screen.findByRole('status')).toHaveTextContent('Folio was not installed. You can install it later here or from your browser’s menu.');
    expect(screen.queryByRole('button', { name: 'Install Folio' })).not.toBeInTheDocument();
    expect(installOffer()).toBeUndefined();
  });

  it('says plainly when the browser cannot show its dialog', async () => {
    const user = userEvent.setup();
    render(<InstallSection />);
    offerInstall(() => Promise.reject(new Error('The prompt() method must be called with a user gesture')));
    await user.click(screen.getByRole('button', { name: 'Install Folio' }));
    expect(await screen.findByRole('status')).toHaveTextContent(/^Your browser could not show its install dialog \(The prompt\(\) method must be called with a user gesture\)\. Try its menu/);
  });

  it('drops the offer once Folio is installed another way', () => {
    render(<InstallSection />);
    offerInstall(() => Promise.resolve());
    expect(screen.getByRole('button', { name: 'Install Folio' })).toBeInTheDocument();
    act(() => {
      window.dispatchEvent(new Event('appinstalled'));
    });
    expect(screen.queryByRole('button', { name: 'Install Folio' })).not.toBeInTheDocument();
  });
});
