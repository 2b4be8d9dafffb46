import { mountPage } from '../../components/shared/mount-page';
import { Dashboard } from '../../components/dashboard/Dashboard';
import '../../components/shared/shared.css';
import '../../components/dashboard/dashboard.css';

mountPage(Dashboard, 'pageTitle.dashboard');
