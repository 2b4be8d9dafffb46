import { mountPage } from '../../components/shared/mount-page';
import { OptionsPage } from '../../components/options/OptionsPage';
import '../../components/shared/shared.css';
import '../../components/options/options.css';

mountPage(OptionsPage, 'pageTitle.options');
