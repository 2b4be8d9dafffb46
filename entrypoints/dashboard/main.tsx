import { render } from 'preact';
import { Dashboard } from '../../components/dashboard/Dashboard';
import '../../components/shared/shared.css';
import '../../components/dashboard/dashboard.css';

render(<Dashboard />, document.getElementById('app')!);
