import { render } from 'preact';
import { OptionsPage } from '../../components/options/OptionsPage';
import '../../components/shared/shared.css';
import '../../components/options/options.css';

render(<OptionsPage />, document.getElementById('app')!);
