import { defineElement } from '../../core/base/define.js';
import { PkManifestStudio } from './manifest-studio.js';

defineElement('pk-manifest-studio', PkManifestStudio);

declare global {
  interface HTMLElementTagNameMap {
    'pk-manifest-studio': PkManifestStudio;
  }
}
