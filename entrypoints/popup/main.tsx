import { mountPage } from '../../components/shared/mount-page';
import { Popup } from '../../components/popup/Popup';
import '../../components/shared/shared.css';
import '../../components/popup/popup.css';

mountPage(Popup, 'pageTitle.popup');
