import { render } from 'preact';
import { Dashboard } from '../../components/Dashboard';
import '../../components/dashboard.css';

render(<Dashboard />, document.getElementById('app')!);
