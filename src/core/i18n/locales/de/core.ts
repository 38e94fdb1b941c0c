import type { Catalogue } from '../../message.js';
import type core from '../en/core.js';

export default {
  'state.loading': 'Wird geladen …',
  'state.error.issues': {
    one: 'Das Lernpfad-Manifest hat 1 Problem:',
    other: 'Das Lernpfad-Manifest hat {count} Probleme:',
  },
  'state.error.more': { one: 'und 1 weiteres Problem', other: 'und {count} weitere Probleme' },
  'state.error.hint':
    'Details stehen in der Browser-Konsole. Ihre Administration kann das im Manifest beheben.',
  'state.empty': 'Noch nichts anzuzeigen.',
  'state.part-failed': 'Dieser Teil konnte nicht geladen werden. Prüfen Sie Ihre Verbindung.',
  'state.retry': 'Erneut versuchen',
  'error.manifest-missing': 'Es ist kein Lernpfad-Manifest konfiguriert.',
  'error.manifest-fetch': 'Das Lernpfad-Manifest ist nicht erreichbar.',
  'error.manifest-http': 'Der Server hat das Lernpfad-Manifest nicht geliefert.',
  'error.manifest-parse': 'Das Lernpfad-Manifest ist kein gültiges JSON.',
  'error.manifest-invalid': 'Das Lernpfad-Manifest ist ungültig.',
  'error.not-found': 'Dieser Eintrag steht nicht im Lernpfad-Manifest.',
  'error.storage-unavailable':
    'Ihr Browser speichert keine Daten; Änderungen bleiben erhalten, bis Sie die Seite verlassen.',
  'error.delivery-paused': 'Das Senden ist pausiert, bis Sie sich erneut anmelden.',
  'error.delivery-rejected': 'Der Server hat dies nicht angenommen.',
  'error.config-invalid': 'Dieses Widget ist falsch konfiguriert.',
  'error.data-invalid': 'Die Daten für dieses Widget sind ungültig.',
  'error.data-fetch': 'Die Daten für dieses Widget konnten nicht geladen werden.',
  'error.element-load': 'Dieses Lern-Widget konnte nicht geladen werden.',
} satisfies Catalogue<keyof typeof core>;
